package io.pyra.support.knowledge;

import java.util.List;
import java.util.Locale;

/** The languages an article may be written in: English and Simplified Chinese. */
public final class ArticleLanguages {

  public static final String ENGLISH = "en";
  public static final String CHINESE = "zh-CN";
  public static final List<String> ALL = List.of(ENGLISH, CHINESE);

  private ArticleLanguages() {}

  /** The language a text names ({@code en}, {@code zh-CN}, {@code zh_cn} …); null when none. */
  public static String parse(String text) {
    if (text == null) {
      return null;
    }
    String tag = text.strip().replace('_', '-');
    for (String language : ALL) {
      if (language.equalsIgnoreCase(tag)) {
        return language;
      }
    }
    return null;
  }

  /** The article language of a reader: Chinese for any Chinese locale, else English. */
  public static String of(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
  }
}
