package io.pyra.integration.importing;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The customers a written chunk created or changed, and every code, e-mail and phone they now hold
 * (and the products it created, by code).
 */
record Footprint(Set<UUID> customers, Set<String> keys) {

  static final Footprint NONE = new Footprint(Set.of(), Set.of());

  static String code(String code) {
    return "c:" + code;
  }

  static String email(String email) {
    return "e:" + email;
  }

  static String phone(String phone) {
    return "p:" + phone;
  }

  /** A product's code (an order import creates the products its lines name). */
  static String product(String code) {
    return "s:" + code;
  }

  boolean holdsAny(Collection<UUID> ids) {
    return !Collections.disjoint(customers, ids);
  }

  boolean holdsAnyKey(Collection<String> candidates) {
    return !Collections.disjoint(keys, candidates);
  }

  /** Collects a chunk's footprint as it is written. */
  static final class Builder {
    private final Set<UUID> customers = new HashSet<>();
    private final Set<String> keys = new HashSet<>();

    Builder customer(UUID id, String code, Collection<String> emails, Collection<String> phones) {
      customers.add(id);
      if (code != null) {
        keys.add(code(code));
      }
      emails.forEach(e -> keys.add(email(e)));
      phones.forEach(p -> keys.add(phone(p)));
      return this;
    }

    Builder product(String code) {
      keys.add(Footprint.product(code));
      return this;
    }

    /**
     * Hash sets, not {@code Set.copyOf}: its open addressing probes far on keys as alike as these.
     */
    Footprint build() {
      return new Footprint(
          Collections.unmodifiableSet(customers), Collections.unmodifiableSet(keys));
    }
  }
}
