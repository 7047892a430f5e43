package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The address check reads addresses as the rule written as a regular expression does. */
class EmailAddressTests {

  /** The rule as a regular expression: the reference the one-pass check is held to. */
  private static final Pattern SHAPE =
      Pattern.compile(
          "^[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}]"
              + "(?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)+$");

  private static Optional<String> reference(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254
        || value.indexOf('@') > 64
        || !SHAPE.matcher(value).matches()
        || value.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  @Test
  void addressesAreTrimmedAndLowerCased() {
    assertThat(EmailAddress.parse("  Li.Wei@Example.COM "))
        .map(EmailAddress::value)
        .contains("li.wei@example.com");
    assertThat(EmailAddress.parse("王伟@例子.中国")).map(EmailAddress::value).contains("王伟@例子.中国");
    assertThat(EmailAddress.parse("o'brien+crm@mail.example.co.uk")).isPresent();
  }

  @Test
  void whatIsNotAnAddressIsRefused() {
    for (String text :
        new String[] {
          "",
          "plain",
          "@example.com",
          "a@",
          "a@example",
          "a@-example.com",
          "a@example-.com",
          "a@example..com",
          "a..b@example.com",
          "a b@example.com",
          "a@exa_mple.com",
          "a@" + "x".repeat(65) + ".com",
          "x".repeat(65) + "@example.com"
        }) {
      assertThat(EmailAddress.parse(text)).as(text).isEmpty();
    }
    assertThat(EmailAddress.parse("a@" + "x".repeat(64) + ".com")).isPresent();
  }

  @Test
  void randomTextIsReadAsTheRegularExpressionReadsIt() {
    String[] pieces = {
      "a",
      "Z",
      "7",
      ".",
      "-",
      "_",
      "+",
      "!",
      "~",
      "'",
      "@",
      "@",
      " ",
      "\t",
      "王",
      "例",
      "é",
      "Ⅻ",
      "٣",
      "½",
      "\u0301",
      "\uD835\uDC9C",
      "\uD83D\uDE00",
      "\uD800",
      "(",
      ",",
      ";",
      "x".repeat(30),
      "y".repeat(62)
    };
    Random random = new Random(20261122);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextBoolean()) {
        text.append('@')
            .append(pieces[random.nextInt(pieces.length)])
            .append('.')
            .append(random.nextBoolean() ? "com" : "中国");
      }
      String candidate = text.toString();
      Optional<String> expected = reference(candidate);
      assertThat(EmailAddress.parse(candidate).map(EmailAddress::value))
          .as(candidate)
          .isEqualTo(expected);
      if (expected.isPresent()) {
        accepted++;
      }
    }
    assertThat(accepted).as("addresses among the random texts").isGreaterThan(5_000);
  }
}
