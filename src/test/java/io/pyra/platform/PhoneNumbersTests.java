package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers already in E.164 are read by a shortcut and remembered; whatever the shortcut reads
 * must be what the general parser reads, in every country the numbering plan knows.
 */
class PhoneNumbersTests {

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  @Test
  void theSameNumberWrittenInEveryWayIsOnePhone() {
    PhoneNumbers phones = new PhoneNumbers("CN");
    for (String written :
        List.of("138 0013 8000", "+86 138-0013-8000", "8613800138000", "+8613800138000")) {
      assertThat(phones.toE164(written)).as(written).contains("+8613800138000");
    }
    assertThat(phones.toE164("+852 2123 4567")).contains("+85221234567");
    assertThat(phones.toE164("+44 20 7946 0018")).contains("+442079460018");
    assertThat(phones.toE164("12345")).isEmpty();
    assertThat(phones.toE164("not a phone")).isEmpty();
    assertThat(phones.toE164("+0138 0013 8000")).isEmpty();
  }

  @Test
  void everyCountrysExampleNumbersReadAsTheParserReadsThem() {
    List<String> numbers = new ArrayList<>();
    for (String region : util.getSupportedRegions()) {
      for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
        Phonenumber.PhoneNumber example = util.getExampleNumberForType(region, type);
        if (example != null) {
          numbers.addAll(
              variants(
                  util.getCountryCodeForRegion(region),
                  util.getNationalSignificantNumber(example)));
        }
      }
    }
    for (int code : util.getSupportedGlobalNetworkCallingCodes()) {
      Phonenumber.PhoneNumber example = util.getExampleNumberForNonGeoEntity(code);
      if (example != null) {
        numbers.addAll(variants(code, util.getNationalSignificantNumber(example)));
      }
    }
    assertThat(numbers).hasSizeGreaterThan(5_000);
    assertReadAsTheParserDoes(numbers);
  }

  @Test
  void randomDigitsAfterAPlusReadAsTheParserReadsThem() {
    Random random = new Random(20261122);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder number = new StringBuilder("+");
      int length = 6 + random.nextInt(11);
      for (int d = 0; d < length; d++) {
        number.append(random.nextInt(10));
      }
      numbers.add(number.toString());
    }
    assertReadAsTheParserDoes(numbers);
  }

  /**
   * The number as E.164, with a trunk prefix, a carrier or mobile token in front, a digit more or
   * less.
   */
  private static List<String> variants(int countryCode, String national) {
    String plus = "+" + countryCode;
    List<String> variants =
        new ArrayList<>(
            List.of(
                plus + national,
                plus + "0" + national,
                plus + "1" + national,
                plus + "9" + national,
                plus + "15" + national,
                plus + national + "1"));
    if (national.length() > 4) {
      variants.add(plus + national.substring(0, national.length() - 1));
      variants.add(plus + national.substring(0, 2) + "15" + national.substring(2));
    }
    return variants;
  }

  private static void assertReadAsTheParserDoes(List<String> numbers) {
    int valid = 0;
    for (String number : numbers) {
      PhoneNumbers fresh = new PhoneNumbers("CN");
      var expected = fresh.parsed(number, "CN");
      assertThat(fresh.toE164(number)).as(number).isEqualTo(expected);
      if (expected.isPresent()) {
        valid++;
        // what is remembered is returned as it is: reading it again must give itself
        assertThat(fresh.parsed(expected.get(), "CN")).as(number).isEqualTo(expected);
      }
    }
    assertThat(valid).as("valid numbers among those read").isGreaterThan(numbers.size() / 50);
  }
}
