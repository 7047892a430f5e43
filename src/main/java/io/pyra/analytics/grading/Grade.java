package io.pyra.analytics.grading;

import java.util.Locale;
import java.util.Optional;

/** An ABC grade: A the most valuable customers, C the rest. */
public enum Grade {
  A,
  B,
  C;

  /** The grade written {@code text} (any case, blanks around), if it is one. */
  public static Optional<Grade> of(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
