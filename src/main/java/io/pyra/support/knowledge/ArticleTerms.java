package io.pyra.support.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How text becomes search terms, the same for an article and for a query so that both databases
 * match alike without a full-text engine: Latin text as lower-cased words (stop words dropped,
 * plurals and -ed/-ing endings cut), Chinese (and Japanese, Korean) text as the pairs of adjacent
 * characters, which match any word of two or more characters inside a phrase ("退款" in "如何申请退款"). An
 * article also keeps each single character, for one-character queries.
 */
final class ArticleTerms {

  /** The longest term kept (the column's width). */
  static final int TERM_MAX = 60;

  /** The most terms one article keeps: those of the highest weight. */
  static final int MAX_TERMS_PER_ARTICLE = 5000;

  static final int TITLE_WEIGHT = 20;
  static final int TAG_WEIGHT = 5;
  static final int BODY_WEIGHT = 1;

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "i",
          "in", "is", "it", "my", "of", "on", "or", "our", "the", "this", "that", "to", "was", "we",
          "what", "with", "you", "your");

  private ArticleTerms() {}

  /** An article's terms and their weights: each occurrence in the title, tags, body counts. */
  static Map<String, Integer> weights(String title, List<String> tags, String body) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    add(weights, count(terms(title, true)), TITLE_WEIGHT, 3);
    add(weights, count(terms(String.join(" ", tags), true)), TAG_WEIGHT, 2);
    add(weights, count(terms(body, true)), BODY_WEIGHT, 10);
    if (weights.size() <= MAX_TERMS_PER_ARTICLE) {
      return weights;
    }
    Map<String, Integer> kept = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TERMS_PER_ARTICLE)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  /**
   * The distinct terms of a query, at most {@code max}: a lone Chinese character is itself, a
   * longer run its pairs.
   */
  static List<String> query(String text, int max) {
    return new LinkedHashSet<>(terms(text, false)).stream().limit(max).toList();
  }

  /** The terms of a text in their order, repeated as they occur. */
  static List<String> terms(String text, boolean forIndex) {
    List<String> terms = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    List<Integer> ideographs = new ArrayList<>();
    int i = 0;
    while (i < normal.length()) {
      int cp = normal.codePointAt(i);
      i += Character.charCount(cp);
      if (ideographic(cp)) {
        word(terms, word);
        ideographs.add(cp);
      } else if (Character.isLetterOrDigit(cp)) {
        ideographs(terms, ideographs, forIndex);
        word.appendCodePoint(cp);
      } else {
        word(terms, word);
        ideographs(terms, ideographs, forIndex);
      }
    }
    word(terms, word);
    ideographs(terms, ideographs, forIndex);
    return terms;
  }

  private static void word(List<String> terms, StringBuilder word) {
    if (word.codePointCount(0, word.length()) >= 2) {
      String w = word.toString();
      if (!STOP_WORDS.contains(w)) {
        terms.add(cut(stem(w)));
      }
    }
    word.setLength(0);
  }

  private static void ideographs(List<String> terms, List<Integer> run, boolean forIndex) {
    int n = run.size();
    if (n == 1 || forIndex) {
      for (int cp : run) {
        terms.add(Character.toString(cp));
      }
    }
    for (int k = 0; k + 1 < n; k++) {
      terms.add(Character.toString(run.get(k)) + Character.toString(run.get(k + 1)));
    }
    run.clear();
  }

  /** Cuts the common English endings so that "refunds", "refunded", "refunding" meet. */
  static String stem(String w) {
    int n = w.length();
    if (w.chars().anyMatch(Character::isDigit)) {
      return w;
    }
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4
        && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String cut(String term) {
    return term.codePointCount(0, term.length()) > TERM_MAX
        ? term.substring(0, term.offsetByCodePoints(0, TERM_MAX))
        : term;
  }

  private static boolean ideographic(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static Map<String, Integer> count(List<String> terms) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    terms.forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts;
  }

  private static void add(
      Map<String, Integer> weights, Map<String, Integer> counts, int w, int cap) {
    counts.forEach((term, n) -> weights.merge(term, w * Math.min(n, cap), Integer::sum));
  }
}
