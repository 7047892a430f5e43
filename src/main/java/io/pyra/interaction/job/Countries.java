package io.pyra.interaction.job;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, as the JDK knows them, with their names in the reader's
 * language.
 */
public final class Countries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  /** The upper-case code when {@code code} is a known alpha-2 country code. */
  public static Optional<String> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return CODES.contains(upper) ? Optional.of(upper) : Optional.empty();
  }

  public static String name(String code, Locale locale) {
    return code == null ? null : Locale.of("", code).getDisplayCountry(locale);
  }

  /** Every country as [code, name], sorted by name in {@code locale}. */
  public static List<List<String>> options(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return CODES.stream()
        .map(c -> List.of(c, name(c, locale)))
        .sorted(Comparator.comparing((List<String> o) -> o.get(1), collator))
        .toList();
  }
}
