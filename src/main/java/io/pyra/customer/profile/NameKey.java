package io.pyra.customer.profile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name used to sort, search and spot duplicates: accents removed, lower case,
 * full-width characters folded, punctuation and spaces dropped ("Zhāng Wěi" and "zhang-wei" have
 * the same key; Chinese characters are kept as they are).
 */
public final class NameKey {

  private NameKey() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  public static String of(String name) {
    if (name == null) {
      return "";
    }
    if (isAscii(name)) {
      return ascii(
          name); // nothing to fold: the common case of an import, done without a regular expression
    }
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder key = new StringBuilder(folded.length());
    folded
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.length() > 300 ? key.substring(0, 300) : key.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The same key for a name of ASCII characters only: its letters in lower case and its digits. */
  private static String ascii(String name) {
    StringBuilder key = new StringBuilder(Math.min(name.length(), 300));
    for (int i = 0; i < name.length() && key.length() < 300; i++) {
      char ch = name.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        key.append((char) (ch + ('a' - 'A')));
      } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        key.append(ch);
      }
    }
    return key.toString();
  }
}
