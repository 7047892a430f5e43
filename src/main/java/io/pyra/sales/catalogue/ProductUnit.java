package io.pyra.sales.catalogue;

import java.util.Locale;
import java.util.Optional;

/**
 * What one unit of a product is: a whole course, an hour (of tuition, of service), a piece, a
 * licence.
 */
public enum ProductUnit {
  COURSE,
  HOUR,
  PIECE,
  LICENCE;

  /** The unit a text names (case and surrounding blanks ignored), if any. */
  public static Optional<ProductUnit> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
