package io.pyra.marketing.lead;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names compared as the customer module compares them: accents removed, lower case, full-width
 * forms folded, only letters and digits kept; similar when equal or one edit apart per five
 * characters.
 */
final class LeadNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private LeadNames() {}

  static String key(String name) {
    if (name == null) {
      return "";
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

  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int allowed = Math.max(1, Math.max(a.length(), b.length()) / 5);
    return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
