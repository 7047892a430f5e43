package io.pyra.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Normalizes phone numbers to E.164, reading numbers without a country code in the default region. */
@Component
public class PhoneNumbers {

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  public PhoneNumbers(@Value("${pyra.default-region:CN}") String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  /** The number in E.164 ({@code +8613800138000}), or empty when it is not a possible number. */
  public Optional<String> toE164(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String raw = text.strip();
    try {
      Phonenumber.PhoneNumber number = util.parse(raw, defaultRegion);
      if (!util.isPossibleNumber(number) && !raw.startsWith("+")) {
        // "8613800138000": a country code written without the plus sign.
        number = util.parse("+" + raw, defaultRegion);
      }
      return util.isValidNumber(number)
          ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
