package io.pyra.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Normalizes phone numbers to E.164, reading numbers without a country code in the default region.
 */
@Component
public class PhoneNumbers {

  private static final int GENERATION_LIMIT = 50_000;
  private static final String UNKNOWN_REGION = "ZZ";
  private static final String NON_GEOGRAPHIC_REGION = "001";
  private static final MetadataSource METADATA =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  /**
   * Numbers this instance produced lately, in two generations (the older one dropped when the newer
   * is full, so the last {@value #GENERATION_LIMIT} are always known). A number is normalized where
   * it enters (an import row, a form) and again by the customer's validation; the second time it is
   * one of these and needs no second parse, which is much of the cost of a bulk import.
   */
  private volatile Set<String> recent = ConcurrentHashMap.newKeySet();

  private volatile Set<String> older = Set.of();
  private final Map<Integer, Pattern> nationalPrefixes = new ConcurrentHashMap<>();

  public PhoneNumbers(@Value("${pyra.default-region:CN}") String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  /** The number in E.164 ({@code +8613800138000}), or empty when it is not a possible number. */
  public Optional<String> toE164(String text) {
    return toE164(text, defaultRegion);
  }

  /**
   * The same, reading a number written without a country code as one of {@code region} (ISO 3166,
   * e.g. US, HK; null: the default region): {@code 9123 4567} in HK is {@code +85291234567}, {@code
   * 010 6552 9988} (with the trunk prefix) in CN {@code +861065529988}; digits beginning with a
   * country code ({@code 8613812345678}) are read as if a {@code +} preceded them when they are not
   * a number of the region.
   */
  public Optional<String> toE164(String text, String region) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (region == null || region.isBlank()) {
      region = defaultRegion;
    }
    String raw = text.strip();
    if (recent.contains(raw) || older.contains(raw)) {
      return Optional.of(raw);
    }
    try {
      Phonenumber.PhoneNumber number = canonical(raw);
      Optional<String> e164 = valid(number != null ? number : parse(raw, region));
      e164.ifPresent(this::remember);
      return e164;
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The general parser's reading of a number, without the shortcuts (tests hold the shortcuts to
   * it).
   */
  Optional<String> parsed(String raw, String region) {
    try {
      return valid(parse(raw, region));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  private Phonenumber.PhoneNumber parse(String raw, String region) throws NumberParseException {
    Phonenumber.PhoneNumber number = util.parse(raw, region);
    if (!util.isPossibleNumber(number) && !raw.startsWith("+")) {
      // "8613800138000": a country code written without the plus sign.
      number = util.parse("+" + raw, region);
    }
    return number;
  }

  private Optional<String> valid(Phonenumber.PhoneNumber number) {
    return util.isValidNumber(number)
        ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
        : Optional.empty();
  }

  /**
   * A number already written in E.164 ({@code +} and digits only, as imports and stored customers
   * carry them) read without the general parser: the country code is the one prefix of one to three
   * digits the numbering plan knows (no code is a prefix of another), the rest the national number.
   * Null for anything else, and for national numbers with a leading zero, which the parser reads.
   */
  private Phonenumber.PhoneNumber canonical(String raw) {
    int length = raw.length();
    if (length < 8 || length > 16 || raw.charAt(0) != '+' || raw.charAt(1) == '0') {
      return null;
    }
    for (int i = 1; i < length; i++) {
      char ch = raw.charAt(i);
      if (ch < '0' || ch > '9') {
        return null;
      }
    }
    for (int digits = 1; digits <= 3; digits++) {
      int countryCode = Integer.parseInt(raw, 1, 1 + digits, 10);
      String region = util.getRegionCodeForCountryCode(countryCode);
      if (!UNKNOWN_REGION.equals(region)) {
        String national = raw.substring(1 + digits);
        if (national.charAt(0) == '0'
            || nationalPrefix(countryCode, region).matcher(national).lookingAt()) {
          return null;
        }
        return new Phonenumber.PhoneNumber()
            .setCountryCode(countryCode)
            .setNationalNumber(Long.parseLong(national));
      }
    }
    return null;
  }

  /**
   * What the parser strips from the front of a national number in the country (a trunk prefix, a
   * carrier code, a mobile token); a number that begins with it is left to the parser. Matches
   * nothing in a country without one.
   */
  private Pattern nationalPrefix(int countryCode, String region) {
    return nationalPrefixes.computeIfAbsent(
        countryCode,
        code -> {
          Phonemetadata.PhoneMetadata metadata =
              NON_GEOGRAPHIC_REGION.equals(region)
                  ? METADATA.getMetadataForNonGeographicalRegion(code)
                  : METADATA.getMetadataForRegion(region);
          return metadata == null || !metadata.hasNationalPrefixForParsing()
              ? Pattern.compile("(?!)")
              : Pattern.compile(metadata.getNationalPrefixForParsing());
        });
  }

  private void remember(String e164) {
    Set<String> current = recent;
    if (current.size() >= GENERATION_LIMIT) {
      synchronized (this) {
        if (recent == current) {
          older = current;
          recent = ConcurrentHashMap.newKeySet();
        }
      }
    }
    recent.add(e164);
  }
}
