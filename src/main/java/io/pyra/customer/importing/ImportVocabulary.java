package io.pyra.customer.importing;

import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words an import row may give for a coded value, taken from what the pages show: a customer's
 * kind and stage by their code or by any of their names in the customer bundle ({@code
 * customer.kind.*}, {@code customers.kind.*}, {@code customer.stage.*}, {@code customers.stage.*})
 * in English and Chinese, a Chinese name also with or without "客户" (疑似 and 疑似客户); a sector by its
 * code or its English or Chinese name. Case, surrounding and repeated spaces (full-width included)
 * and full-width letters do not matter. A word two values share names neither.
 */
@Component
public class ImportVocabulary {

  /** The message keys whose texts name a kind or stage on the pages, before the value's code. */
  static final Map<String, List<String>> KEYS =
      Map.of(
          "kind", List.of("customer.kind.", "customers.kind."),
          "stage", List.of("customer.stage.", "customers.stage."));

  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  private static final String CUSTOMER_SUFFIX = "客户";

  private final MessageSource messages;
  private final SectorService sectors;

  ImportVocabulary(MessageSource messages, SectorService sectors) {
    this.messages = messages;
    this.sectors = sectors;
  }

  /** The words as the bundles and the sector taxonomy give them now. */
  public CustomerImportApi.CodedValues read() {
    Map<String, Map<String, String>> codes = new HashMap<>();
    Map<String, Map<Locale, List<String>>> shown = new HashMap<>();
    codes.put("kind", words("kind", enumCodes(CustomerKind.values()), shown));
    codes.put("stage", words("stage", enumCodes(LifecycleStage.values()), shown));
    Words sectorWords = new Words();
    Map<Locale, List<String>> sectorNames = new LinkedHashMap<>();
    for (Sector sector : sectors.tree()) {
      sectorWords.add(sector.code(), sector.code());
      sectorWords.add(sector.nameEn(), sector.code());
      sectorWords.add(sector.nameZh(), sector.code());
      if (sector.active()) {
        for (Locale locale : LANGUAGES) {
          String name = sector.name(locale);
          sectorNames
              .computeIfAbsent(locale, l -> new ArrayList<>())
              .add(name == null || name.isBlank() ? sector.code() : name);
        }
      }
    }
    codes.put("sector", sectorWords.unambiguous());
    shown.put("sector", sectorNames);
    return new Vocabulary(codes, shown);
  }

  private static List<String> enumCodes(Enum<?>[] values) {
    List<String> codes = new ArrayList<>();
    for (Enum<?> value : values) {
      codes.add(value.name());
    }
    return codes;
  }

  private Map<String, String> words(
      String field, List<String> codes, Map<String, Map<Locale, List<String>>> shown) {
    Words words = new Words();
    Map<Locale, List<String>> names = new LinkedHashMap<>();
    for (String code : codes) {
      words.add(code, code);
      for (Locale locale : LANGUAGES) {
        Set<String> forms = new LinkedHashSet<>();
        for (String prefix : KEYS.get(field)) {
          String text = messages.getMessage(prefix + code, null, null, locale);
          if (text != null && !text.isBlank()) {
            forms.add(text.strip());
          }
        }
        if (!forms.isEmpty()) {
          names.computeIfAbsent(locale, l -> new ArrayList<>()).add(forms.iterator().next());
        }
        for (String form : forms) {
          words.add(form, code);
          // the short and the long Chinese form: 疑似 / 疑似客户, 个人 / 个人客户
          if (form.endsWith(CUSTOMER_SUFFIX) && form.length() > CUSTOMER_SUFFIX.length()) {
            words.add(form.substring(0, form.length() - CUSTOMER_SUFFIX.length()), code);
          } else if (containsHan(form)) {
            words.add(form + CUSTOMER_SUFFIX, code);
          }
        }
      }
    }
    shown.put(field, names);
    return words.unambiguous();
  }

  private static boolean containsHan(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * A cell's text as it is compared: full-width forms folded (NFKC), spaces (the ideographic one
   * included) stripped and collapsed, lower case.
   */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Words to codes, leaving out a word that two codes share. */
  private static final class Words {

    private final Map<String, String> codes = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void add(String word, String code) {
      String key = key(word);
      if (key.isEmpty()) {
        return;
      }
      String earlier = codes.putIfAbsent(key, code);
      if (earlier != null && !earlier.equals(code)) {
        ambiguous.add(key);
      }
    }

    Map<String, String> unambiguous() {
      Map<String, String> result = new HashMap<>(codes);
      result.keySet().removeAll(ambiguous);
      return Map.copyOf(result);
    }
  }

  private record Vocabulary(
      Map<String, Map<String, String>> codes, Map<String, Map<Locale, List<String>>> shown)
      implements CustomerImportApi.CodedValues {

    @Override
    public Optional<String> code(String field, String cell) {
      Map<String, String> words = codes.get(field);
      return words == null ? Optional.empty() : Optional.ofNullable(words.get(key(cell)));
    }

    @Override
    public List<String> names(String field, Locale locale) {
      Map<Locale, List<String>> names = shown.getOrDefault(field, Map.of());
      String language = locale == null ? "en" : locale.getLanguage();
      List<String> inLanguage =
          "zh".equals(language) ? names.get(Locale.SIMPLIFIED_CHINESE) : names.get(Locale.ENGLISH);
      return inLanguage == null ? List.of() : List.copyOf(inLanguage);
    }
  }
}
