package io.pyra.interaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who started a contact: the customer ({@code INBOUND}) or the company ({@code OUTBOUND}). */
public enum ContactDirection {
  INBOUND,
  OUTBOUND;

  public static Optional<ContactDirection> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String name = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
  }
}
