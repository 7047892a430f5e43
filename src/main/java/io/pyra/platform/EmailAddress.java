package io.pyra.platform;

import java.util.Locale;
import java.util.Optional;

/** An email address, trimmed and lower-cased so that one mailbox has one spelling. */
public record EmailAddress(String value) {

  private static final String LOCAL_SYMBOLS = ".!#$%&'*+/=?^_`{|}~-";
  private static final int MAX_LABEL = 64;

  /** The normalized address, or empty when the text is not an email address. */
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254
        || value.indexOf('@') > 64
        || !wellFormed(value)
        || value.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(value));
  }

  /**
   * The shape of an address, read once from left to right (an import checks millions): a local part
   * of letters, digits and {@value #LOCAL_SYMBOLS}; an {@code @}; two or more dot-separated labels
   * of letters, digits and hyphens, each beginning and ending with a letter or digit and at most
   * {@value #MAX_LABEL} long. Letters and digits of every script count.
   */
  static boolean wellFormed(String value) {
    int at = value.indexOf('@');
    if (at <= 0) {
      return false;
    }
    for (int i = 0; i < at; ) {
      int cp = value.codePointAt(i);
      if (!letterOrDigit(cp) && (cp > 0x7f || LOCAL_SYMBOLS.indexOf(cp) < 0)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    int labels = 0;
    int start = at + 1;
    while (true) {
      int end = value.indexOf('.', start);
      int stop = end < 0 ? value.length() : end;
      if (!label(value, start, stop)) {
        return false;
      }
      labels++;
      if (end < 0) {
        return labels >= 2;
      }
      start = end + 1;
    }
  }

  private static boolean label(String value, int start, int stop) {
    if (start >= stop) {
      return false;
    }
    int count = 0;
    int last = -1;
    for (int i = start; i < stop; ) {
      int cp = value.codePointAt(i);
      if (count == 0 ? !letterOrDigit(cp) : !(letterOrDigit(cp) || cp == '-')) {
        return false;
      }
      last = cp;
      count++;
      i += Character.charCount(cp);
    }
    return count <= MAX_LABEL && letterOrDigit(last);
  }

  /** A letter (\p{L}) or a number (\p{N}) of any script. */
  private static boolean letterOrDigit(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  @Override
  public String toString() {
    return value;
  }
}
