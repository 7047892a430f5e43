package io.pyra.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Normalizes phone numbers to E.164, reading numbers without a country code in the default region. */
@Component
public class PhoneNumbers {

  private static final int RECENT_LIMIT = 50_000;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String defaultRegion;
  /**
   * Numbers this instance produced lately. A number is normalized where it enters (an import
   * row, a form) and again by the customer's validation; the second time it is one of these and
   * needs no second parse, which is most of the cost of a bulk import.
   */
  private final Set<String> recent = ConcurrentHashMap.newKeySet();

  public PhoneNumbers(@Value("${pyra.default-region:CN}") String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  /** The number in E.164 ({@code +8613800138000}), or empty when it is not a possible number. */
  public Optional<String> toE164(String text) {
    return toE164(text, defaultRegion);
  }

  /** The same, reading a number written without a country code as one of {@code region} (ISO 3166, e.g. US). */
  public Optional<String> toE164(String text, String region) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String raw = text.strip();
    if (recent.contains(raw)) {
      return Optional.of(raw);
    }
    try {
      Phonenumber.PhoneNumber number = util.parse(raw, region);
      if (!util.isPossibleNumber(number) && !raw.startsWith("+")) {
        // "8613800138000": a country code written without the plus sign.
        number = util.parse("+" + raw, region);
      }
      if (!util.isValidNumber(number)) {
        return Optional.empty();
      }
      String e164 = util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
      if (recent.size() >= RECENT_LIMIT) {
        recent.clear();
      }
      recent.add(e164);
      return Optional.of(e164);
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
