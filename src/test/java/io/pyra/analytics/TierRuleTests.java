package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.analytics.pyramid.ActiveCustomer;
import io.pyra.analytics.pyramid.Tier;
import io.pyra.analytics.pyramid.TierRule;
import io.pyra.analytics.pyramid.TierRule.RankShares;
import io.pyra.analytics.pyramid.TierRule.Thresholds;
import io.pyra.analytics.pyramid.TierRule.Tiered;
import io.pyra.platform.error.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pyramid's tiers as the issue states them, each expected figure worked out here with plain
 * integer arithmetic over the test's own customers: rank shares (1 / 4 / 15 / 80 %, the first ⌈1 %
 * × n⌉ TOP and so on), thresholds (above 500,000 / 200,000 / 100,000), ties by code, zero and
 * negative bases, one customer, none, and every bad rule refused with its field.
 */
class TierRuleTests {

  static final RankShares SHIPPED_SHARES = shares(1, 4, 15, 80);
  static final Thresholds SEED_003 =
      new Thresholds(new BigDecimal("500000"), new BigDecimal("200000"), new BigDecimal("100000"));

  @Test
  void rankSharesOf250CustomersGiveThreeTopTenHighThirtySevenMiddleAndTheRestLow() {
    // 250 customers with distinct revenues, given in a shuffled order
    List<ActiveCustomer> customers = new ArrayList<>();
    for (int i = 1; i <= 250; i++) {
      customers.add(customer(String.format("C-%04d", i), 1000 * i));
    }
    Collections.shuffle(customers, new Random(7));

    List<Tiered> tiered = SHIPPED_SHARES.assign(customers);

    // ⌈1 % × 250⌉ = ⌈2.5⌉ = 3; ⌈5 % × 250⌉ = ⌈12.5⌉ = 13; ⌈20 % × 250⌉ = 50
    int topEnd = ceilPercent(1, 250);
    int highEnd = ceilPercent(1 + 4, 250);
    int middleEnd = ceilPercent(1 + 4 + 15, 250);
    assertThat(List.of(topEnd, highEnd, middleEnd)).containsExactly(3, 13, 50);
    assertThat(counts(tiered))
        .containsExactly(
            Map.entry(Tier.TOP, topEnd),
            Map.entry(Tier.HIGH, highEnd - topEnd),
            Map.entry(Tier.MIDDLE, middleEnd - highEnd),
            Map.entry(Tier.LOW, 250 - middleEnd));
    // the highest revenue (C-0250, 250,000) first; the third highest is the last TOP
    assertThat(tiered.get(0).customer().code()).isEqualTo("C-0250");
    assertThat(tiered.get(2).customer().code()).isEqualTo("C-0248");
    assertThat(tiered.get(2).tier()).isEqualTo(Tier.TOP);
    assertThat(tiered.get(3).tier()).isEqualTo(Tier.HIGH);
  }

  @Test
  void customersOfEqualBasisAreRankedByCodeSoTheLowerCodeTakesTheLastPlaceOfATier() {
    // 100 customers: TOP is ⌈1 % × 100⌉ = 1 place; the two best have the same revenue
    List<ActiveCustomer> customers = new ArrayList<>();
    customers.add(customer("C-0900", 90000));
    customers.add(customer("C-0100", 90000));
    for (int i = 1; i <= 98; i++) {
      customers.add(customer(String.format("C-%04d", 1000 + i), i));
    }

    List<Tiered> tiered = SHIPPED_SHARES.assign(customers);

    assertThat(tiered.get(0).customer().code()).isEqualTo("C-0100");
    assertThat(tiered.get(0).tier()).isEqualTo(Tier.TOP);
    assertThat(tiered.get(1).customer().code()).isEqualTo("C-0900");
    assertThat(tiered.get(1).tier()).isEqualTo(Tier.HIGH);
  }

  @Test
  void zeroAndNegativeBasesRankLastAndStayLow() {
    // credit notes over sales leave a negative net revenue; such a customer is still active
    List<ActiveCustomer> customers = new ArrayList<>();
    for (int i = 1; i <= 18; i++) {
      customers.add(customer(String.format("C-%04d", i), 100 * i));
    }
    customers.add(customer("C-0900", 0));
    customers.add(customer("C-0901", -250));

    List<Tiered> tiered = SHIPPED_SHARES.assign(customers);

    // 20 customers: TOP ⌈0.2⌉ = 1, HIGH up to ⌈1⌉ = 1 (none), MIDDLE up to ⌈4⌉ = 4 (3), LOW 16
    assertThat(counts(tiered))
        .containsExactly(
            Map.entry(Tier.TOP, 1),
            Map.entry(Tier.HIGH, 0),
            Map.entry(Tier.MIDDLE, 3),
            Map.entry(Tier.LOW, 16));
    assertThat(tiered.get(18).customer().code()).isEqualTo("C-0900");
    assertThat(tiered.get(19).customer().code()).isEqualTo("C-0901");
    assertThat(tiered.get(19).tier()).isEqualTo(Tier.LOW);
  }

  @Test
  void oneCustomerIsTopAndNoCustomersMakeNoTiers() {
    assertThat(SHIPPED_SHARES.assign(List.of(customer("C-0001", -5))))
        .extracting(Tiered::tier)
        .containsExactly(Tier.TOP);
    assertThat(SHIPPED_SHARES.assign(List.of())).isEmpty();
    assertThat(SEED_003.assign(List.of())).isEmpty();
  }

  @Test
  void thresholdsPutALimitItselfInTheTierBelow() {
    List<ActiveCustomer> customers =
        List.of(
            customer("C-0001", "500000.01"),
            customer("C-0002", "500000"),
            customer("C-0003", "200000.01"),
            customer("C-0004", "200000"),
            customer("C-0005", "100000.01"),
            customer("C-0006", "100000"),
            customer("C-0007", "0"),
            customer("C-0008", "-1200.50"));

    Map<String, Tier> tiers = new LinkedHashMap<>();
    SEED_003.assign(customers).forEach(t -> tiers.put(t.customer().code(), t.tier()));

    assertThat(tiers)
        .containsExactly(
            Map.entry("C-0001", Tier.TOP),
            Map.entry("C-0002", Tier.HIGH),
            Map.entry("C-0003", Tier.HIGH),
            Map.entry("C-0004", Tier.MIDDLE),
            Map.entry("C-0005", Tier.MIDDLE),
            Map.entry("C-0006", Tier.LOW),
            Map.entry("C-0007", Tier.LOW),
            Map.entry("C-0008", Tier.LOW));
  }

  @Test
  void aShareOfZeroLeavesItsTierEmptyAndAllInTopTakesEveryone() {
    List<ActiveCustomer> customers = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      customers.add(customer("C-000" + i, i));
    }
    // 7 customers, 0 / 50 / 0 / 50 %: HIGH up to ⌈3.5⌉ = 4, MIDDLE up to 4, LOW 3
    assertThat(counts(shares(0, 50, 0, 50).assign(customers)))
        .containsExactly(
            Map.entry(Tier.TOP, 0),
            Map.entry(Tier.HIGH, 4),
            Map.entry(Tier.MIDDLE, 0),
            Map.entry(Tier.LOW, 3));
    assertThat(counts(shares(100, 0, 0, 0).assign(customers)))
        .containsEntry(Tier.TOP, 7)
        .containsEntry(Tier.LOW, 0);
  }

  @Test
  void aBadRuleIsRefusedNamingItsFieldAndRule() {
    assertRefused(
        () -> new Thresholds(new BigDecimal("200000"), new BigDecimal("200000"), BigDecimal.ONE),
        "thresholds",
        "decreasing");
    assertRefused(
        () -> new Thresholds(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO),
        "thresholds",
        "decreasing");
    assertRefused(
        () -> new Thresholds(null, BigDecimal.TEN, BigDecimal.ONE), "thresholds", "required");
    assertRefused(() -> shares(1, 4, 15, 79), "shares", "sum");
    assertRefused(() -> shares(1, 4, 15, 81), "shares", "sum");
    assertRefused(() -> shares(-1, 6, 15, 80), "shares", "range");
    assertRefused(
        () -> new RankShares(BigDecimal.ONE, null, BigDecimal.ONE, BigDecimal.ONE),
        "shares",
        "required");
    // fractions of a percent are fine when they add up
    assertThat(
            new RankShares(
                    new BigDecimal("0.5"),
                    new BigDecimal("4.5"),
                    new BigDecimal("15"),
                    new BigDecimal("80"))
                .assign(List.of(customer("C-1", 1))))
        .hasSize(1);
  }

  private static void assertRefused(Runnable rule, String field, String kind) {
    assertThatThrownBy(rule::run)
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo(field);
              assertThat(e.violations().get(0).rule()).isEqualTo(kind);
            });
  }

  /** ⌈percent % × n⌉ in integers. */
  private static int ceilPercent(int percent, int n) {
    return (percent * n + 99) / 100;
  }

  private static Map<Tier, Integer> counts(List<Tiered> tiered) {
    Map<Tier, Integer> counts = new LinkedHashMap<>();
    for (Tier tier : TierRule.VALUE_TIERS) {
      counts.put(tier, 0);
    }
    tiered.forEach(t -> counts.merge(t.tier(), 1, Integer::sum));
    return counts;
  }

  private static RankShares shares(int top, int high, int middle, int low) {
    return new RankShares(
        BigDecimal.valueOf(top),
        BigDecimal.valueOf(high),
        BigDecimal.valueOf(middle),
        BigDecimal.valueOf(low));
  }

  private static ActiveCustomer customer(String code, long basis) {
    return new ActiveCustomer(UUID.randomUUID(), code, BigDecimal.valueOf(basis));
  }

  private static ActiveCustomer customer(String code, String basis) {
    return new ActiveCustomer(UUID.randomUUID(), code, new BigDecimal(basis));
  }
}
