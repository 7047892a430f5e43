package io.pyra.sales.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTests {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  @Test
  void createsAProductWithItsValuesTrimmedAndExact() {
    Product product =
        Product.create(draft(" IELTS-7 ", "  IELTS band 7 ", " course ", " cny ", "  "), null, NOW);

    assertThat(product.code()).isEqualTo("IELTS-7");
    assertThat(product.name()).isEqualTo("IELTS band 7");
    assertThat(product.unit()).isEqualTo(ProductUnit.COURSE);
    assertThat(product.currency()).isEqualTo("CNY");
    assertThat(product.description()).isNull();
    assertThat(product.listPrice()).isEqualByComparingTo("12800");
    assertThat(product.unitCost()).isEqualByComparingTo("5000");
    assertThat(product.active()).isTrue();
    assertThat(product.createdAt()).isEqualTo(NOW);
    assertThat(product.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void acceptsCodesWithSpacesDotsDashesAndUnderscoresAndNoPrices() {
    for (String code : List.of("85123A", "BANK CHARGES", "gift_0001_40", "EN.B1-2", "A", "课程1")) {
      assertThat(violations(draft(code, "Name", "PIECE", "GBP", null))).as(code).isEmpty();
    }
    ProductDraft free =
        new ProductDraft(
            "FREE", "Trial lesson", null, "HOUR", null, null, "CNY", true, null, null, null);
    assertThat(Product.violations(free)).isEmpty();
  }

  @Test
  void refusesACodeThatIsMissingTooLongOrOfOtherCharacters() {
    assertThat(fields(draft("  ", "Name", "COURSE", "CNY", null))).containsExactly("code");
    assertThat(rules(draft("  ", "Name", "COURSE", "CNY", null))).containsExactly("required");
    assertThat(rules(draft("A".repeat(41), "Name", "COURSE", "CNY", null)))
        .containsExactly("pattern");
    assertThat(rules(draft("A".repeat(40), "Name", "COURSE", "CNY", null))).isEmpty();
    for (String code : List.of("-ABC", "AB/C", "A,B", "A#1", ".X")) {
      assertThat(fields(draft(code, "Name", "COURSE", "CNY", null)))
          .as(code)
          .containsExactly("code");
    }
  }

  @Test
  void refusesANameThatIsMissingOrLongerThan300() {
    assertThat(rules(draft("X1", " ", "COURSE", "CNY", null))).containsExactly("required");
    assertThat(rules(draft("X1", "N".repeat(301), "COURSE", "CNY", null))).containsExactly("size");
    assertThat(rules(draft("X1", "N".repeat(300), "COURSE", "CNY", null))).isEmpty();
  }

  @Test
  void refusesAMissingOrUnknownUnit() {
    assertThat(fields(draft("X1", "Name", null, "CNY", null))).containsExactly("unit");
    assertThat(rules(draft("X1", "Name", "", "CNY", null))).containsExactly("required");
    assertThat(rules(draft("X1", "Name", "BOX", "CNY", null))).containsExactly("one-of");
    assertThat(rules(draft("X1", "Name", "licence", "CNY", null))).isEmpty();
  }

  @Test
  void refusesNegativePricesAndCostsAndMoreThanSixDecimals() {
    assertThat(violationsOf(prices("-0.01", "0"))).containsExactly("listPrice:min");
    assertThat(violationsOf(prices("0", "-5"))).containsExactly("unitCost:min");
    assertThat(violationsOf(prices("1.1234567", "0"))).containsExactly("listPrice:scale");
    assertThat(violationsOf(prices("0", "0.0000001"))).containsExactly("unitCost:scale");
    assertThat(violationsOf(prices("10000000000000", "0"))).containsExactly("listPrice:max");
    assertThat(violationsOf(prices("9999999999999.999999", "0"))).isEmpty();
    assertThat(violationsOf(prices("1.1234560000", "0.000001"))).isEmpty();
    assertThat(violationsOf(prices("0", "0"))).isEmpty();
  }

  @Test
  void refusesACurrencyThatIsNotIso4217() {
    assertThat(violationsOf(draft("X1", "Name", "COURSE", "", null)))
        .containsExactly("currency:required");
    for (String currency : List.of("XYZ", "EURO", "RMB", "C1Y")) {
      assertThat(violationsOf(draft("X1", "Name", "COURSE", currency, null)))
          .as(currency)
          .containsExactly("currency:currency");
    }
    for (String currency : List.of("CNY", "usd", "EUR", "HKD", "GBP")) {
      assertThat(violationsOf(draft("X1", "Name", "COURSE", currency, null)))
          .as(currency)
          .isEmpty();
    }
  }

  @Test
  void refusesAValidityEndingBeforeItStarts() {
    ProductDraft reversed = dated(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31));
    assertThat(violationsOf(reversed)).containsExactly("validTo:after");
    assertThat(violationsOf(dated(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)))).isEmpty();
    assertThat(violationsOf(dated(null, LocalDate.of(2026, 6, 1)))).isEmpty();
    assertThat(violationsOf(dated(LocalDate.of(2026, 6, 1), null))).isEmpty();
  }

  @Test
  void refusesADescriptionLongerThan2000() {
    assertThat(violationsOf(draft("X1", "Name", "COURSE", "CNY", "d".repeat(2001))))
        .containsExactly("description:size");
    assertThat(violationsOf(draft("X1", "Name", "COURSE", "CNY", "d".repeat(2000)))).isEmpty();
  }

  @Test
  void namesEveryBrokenRuleAtOnceAndChangesNothing() {
    Product product = ProductFixtures.product();
    ProductDraft bad =
        new ProductDraft(
            "",
            "",
            null,
            "BOX",
            new BigDecimal("-1"),
            new BigDecimal("-1"),
            "ABC",
            false,
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 1, 1),
            null);

    assertThatThrownBy(() -> product.change(bad, null, NOW.plusSeconds(60)))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e ->
                assertThat(e.violations().stream().map(RuleViolation::field))
                    .containsExactly(
                        "code", "name", "unit", "listPrice", "unitCost", "currency", "validTo"));
    assertThat(product.code()).isEqualTo("IELTS-7");
    assertThat(product.active()).isTrue();
    assertThat(product.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void aChangeTakesTheNewValuesAndTime() {
    Product product = ProductFixtures.product();
    product.change(
        new ProductDraft(
            "IELTS-7.5",
            "IELTS band 7.5",
            null,
            "HOUR",
            new BigDecimal("350.50"),
            null,
            "HKD",
            false,
            null,
            null,
            "Private tuition"),
        null,
        NOW.plusSeconds(60));

    assertThat(product.code()).isEqualTo("IELTS-7.5");
    assertThat(product.unit()).isEqualTo(ProductUnit.HOUR);
    assertThat(product.listPrice()).isEqualByComparingTo("350.5");
    assertThat(product.unitCost()).isNull();
    assertThat(product.currency()).isEqualTo("HKD");
    assertThat(product.active()).isFalse();
    assertThat(product.description()).isEqualTo("Private tuition");
    assertThat(product.createdAt()).isEqualTo(NOW);
    assertThat(product.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aBlankCurrencyTakesTheFallback() {
    assertThat(draft("X1", "Name", "COURSE", " ", null).inCurrencyIfBlank("CNY").currency())
        .isEqualTo("CNY");
    assertThat(draft("X1", "Name", "COURSE", "USD", null).inCurrencyIfBlank("CNY").currency())
        .isEqualTo("USD");
  }

  private static ProductDraft draft(
      String code, String name, String unit, String currency, String description) {
    return new ProductDraft(
        code,
        name,
        null,
        unit,
        new BigDecimal("12800.00"),
        new BigDecimal("5000"),
        currency,
        true,
        null,
        null,
        description);
  }

  private static ProductDraft prices(String listPrice, String unitCost) {
    return new ProductDraft(
        "X1",
        "Name",
        null,
        "COURSE",
        new BigDecimal(listPrice),
        new BigDecimal(unitCost),
        "CNY",
        true,
        null,
        null,
        null);
  }

  private static ProductDraft dated(LocalDate from, LocalDate to) {
    return new ProductDraft("X1", "Name", null, "COURSE", null, null, "CNY", true, from, to, null);
  }

  private static List<RuleViolation> violations(ProductDraft draft) {
    return Product.violations(draft);
  }

  private static List<String> fields(ProductDraft draft) {
    return violations(draft).stream().map(RuleViolation::field).toList();
  }

  private static List<String> rules(ProductDraft draft) {
    return violations(draft).stream().map(RuleViolation::rule).toList();
  }

  private static List<String> violationsOf(ProductDraft draft) {
    return violations(draft).stream().map(v -> v.field() + ":" + v.rule()).toList();
  }
}
