package io.pyra.platform.query;

import java.util.Map;
import java.util.Objects;

/** Merging named parameters: the same name twice must mean the same value. */
final class Params {

  private Params() {}

  static void merge(Map<String, Object> into, Map<String, Object> more) {
    more.forEach((name, value) -> put(into, name, value));
  }

  static void put(Map<String, Object> into, String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (into.containsKey(name) && !Objects.equals(into.get(name), value)) {
      throw new IllegalArgumentException("parameter :" + name + " bound to two values");
    }
    into.put(name, value);
  }
}
