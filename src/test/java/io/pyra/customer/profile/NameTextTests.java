package io.pyra.customer.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths for names (white space collapsed, the name key of an ASCII name) give
 * exactly what the general rules give, for any mix of characters.
 */
class NameTextTests {

  private static final String ALPHABET = "aZ09 \t\n\r\f\u000B.-_'\"éÉüñ王芳Ｗ　ＡĀ\u0301";

  @Test
  void whiteSpaceIsCollapsedAsTheRegularExpressionCollapsesIt() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      assertThat(CustomerValidator.singleSpaced(text))
          .as("[%s]", text)
          .isEqualTo(text.replaceAll("\\s+", " "));
    }
    assertThat(CustomerValidator.singleSpaced("Zhang  Wei")).isEqualTo("Zhang Wei");
    assertThat(CustomerValidator.singleSpaced("Li Na")).isSameAs("Li Na");
  }

  @Test
  void theNameKeyOfAnyNameIsTheFoldedLowerCaseLettersAndDigits() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      assertThat(NameKey.of(text)).as("[%s]", text).isEqualTo(reference(text));
    }
    assertThat(NameKey.of("James O'Brien-Smith 12")).isEqualTo("jamesobriensmith12");
    assertThat(NameKey.of("Zhāng  Wěi")).isEqualTo("zhangwei");
    assertThat(NameKey.of("x".repeat(400))).hasSize(300);
    assertThat(NameKey.of("A ".repeat(400))).hasSize(300);
  }

  private static String reference(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    StringBuilder key = new StringBuilder();
    folded
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.length() > 300 ? key.substring(0, 300) : key.toString();
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    boolean asciiOnly = random.nextBoolean();
    for (int i = 0; i < length; i++) {
      char ch = ALPHABET.charAt(random.nextInt(asciiOnly ? 15 : ALPHABET.length()));
      text.append(ch);
    }
    return text.toString();
  }
}
