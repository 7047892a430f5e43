package io.pyra.interaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a contact took place; a fixed list, addressed by its name ({@code PHONE}, {@code VISIT} …).
 */
public enum ContactChannel {
  PHONE,
  EMAIL,
  SMS,
  FAX,
  MAIL,
  WEB,
  CHAT,
  VISIT,
  MEETING;

  /** The channel named {@code code} (any case), or empty for a name that is not a channel. */
  public static Optional<ContactChannel> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String name = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
  }
}
