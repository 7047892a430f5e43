package io.pyra.platform;

import java.util.Locale;

/**
 * A name in the CRM's two languages, English and simplified Chinese. {@link #in(Locale)} is the one
 * place that decides which of the two a reader sees; every module asks it rather than testing the
 * locale's language itself.
 */
public record LocalizedName(String en, String zh) {

  /** The Chinese name for a Chinese locale, the English one for every other. */
  public String in(Locale locale) {
    return chinese(locale) ? zh : en;
  }

  /**
   * As {@link #in(Locale)}, but the English name where the Chinese one is missing (an optional
   * translation).
   */
  public String inOrEnglish(Locale locale) {
    return chinese(locale) && zh != null && !zh.isBlank() ? zh : en;
  }

  /**
   * Whether a reader in this locale reads Chinese; for choices that are not names (a column, a
   * message bundle's locale).
   */
  public static boolean chinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }
}
