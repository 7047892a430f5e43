package io.pyra.customer.customer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name used to sort, search and spot duplicates: accents removed, lower case,
 * full-width characters folded, punctuation and spaces dropped ("Zhāng  Wěi" and "zhang-wei"
 * have the same key; Chinese characters are kept as they are).
 */
public final class NameKey {

  private NameKey() {}

  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    StringBuilder key = new StringBuilder(folded.length());
    folded.toLowerCase(Locale.ROOT).codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.length() > 300 ? key.substring(0, 300) : key.toString();
  }
}
