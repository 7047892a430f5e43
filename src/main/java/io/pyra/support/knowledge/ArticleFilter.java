package io.pyra.support.knowledge;

/**
 * What a list of articles is narrowed to, as typed (each may be null): words to search for (at most
 * 200 characters), a category's code (with those below it), a tag, a language ({@code en}, {@code
 * zh-CN}), an audience and a status.
 */
public record ArticleFilter(
    String q, String category, String tag, String language, String audience, String status) {

  public static ArticleFilter none() {
    return new ArticleFilter(null, null, null, null, null, null);
  }

  public ArticleFilter {
    q = blankToNull(q);
    category = blankToNull(category);
    tag = blankToNull(tag);
    language = blankToNull(language);
    audience = blankToNull(audience);
    status = blankToNull(status);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
