package io.pyra.analytics.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.analytics.grading.GradingRule.Figures;
import io.pyra.analytics.grading.GradingRule.Graded;
import io.pyra.analytics.grading.GradingRule.RankShares;
import io.pyra.analytics.grading.GradingRule.ScoreLimits;
import io.pyra.analytics.grading.GradingRule.Weights;
import io.pyra.platform.error.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grading rule against arithmetic written out here, customer by customer. */
class GradingRuleTests {

  static final Weights SHIPPED = weights("10", "30", "60", "0");
  static final RankShares ABC = new RankShares(d("20"), d("30"), d("50"));

  @Test
  void percentRankIsSqlsWithTiesSharingTheLowerRankAndOneCustomerScores100() {
    assertThat(GradingRule.percentRank(1, 1)).isEqualByComparingTo("100");
    assertThat(GradingRule.percentRank(1, 5)).isEqualByComparingTo("0");
    assertThat(GradingRule.percentRank(5, 5)).isEqualByComparingTo("100");
    assertThat(GradingRule.percentRank(2, 4)).isEqualByComparingTo("33.33"); // 1/3 half up
    assertThat(GradingRule.percentRank(3, 4)).isEqualByComparingTo("66.67");
    List<Figures> tied =
        List.of(
            f("C1", "100", "0", "0", "0"),
            f("C2", "300", "0", "0", "0"),
            f("C3", "100", "0", "0", "0"),
            f("C4", "-50", "0", "0", "0"));
    // ascending: −50 rank 1; the two 100s share rank 2; 300 rank 4
    assertThat(GradingRule.ranks(tied, Figures::amount)).containsExactly(2, 4, 2, 1);
  }

  @Test
  void fiveCustomersAreScoredByWeightsAndGradedByRankShares() {
    // code, amount, profit, late days, late share
    List<Figures> five =
        List.of(
            f("K1", "1000", "100", "0", "0"),
            f("K2", "5000", "500", "10", "0.5"),
            f("K3", "0", "-20", "0", "0"),
            f("K4", "-300", "-400", "30", "1"),
            f("K5", "2000", "900", "10", "0.25"));
    List<Graded> graded = GradingRule.grade(five, SHIPPED, ABC);

    // amount ranks ascending: K4 1, K3 2, K1 3, K5 4, K2 5 → (r−1)×25
    // profit ranks ascending: K4 1, K3 2, K1 3, K2 4, K5 5
    // days (fewer better, ties lower): K4 1, K2 and K5 2, K1 and K3 4
    // share (fewer better): K4 1, K2 2, K5 3, K1 and K3 4
    // credit = ((rd−1) + (rs−1)) × 50 / 4
    Map<String, String> expectedScore =
        Map.of(
            "K1", score(credit(4, 4), 50, 50), // credit 75
            "K2", score(credit(2, 2), 100, 75), // credit 25
            "K3", score(credit(4, 4), 25, 25),
            "K4", score(credit(1, 1), 0, 0),
            "K5", score(credit(2, 3), 75, 100)); // credit 37.5
    Map<String, String> actual =
        graded.stream()
            .collect(Collectors.toMap(g -> g.figures().code(), g -> g.score().toPlainString()));
    assertThat(actual).isEqualTo(expectedScore);
    // K5 0.1×37.5 + 0.3×75 + 0.6×100 = 86.25; K2 2.5 + 30 + 45 = 77.50; K1 7.5 + 15 + 30 = 52.50;
    // K3 7.5 + 7.5 + 15 = 30.00; K4 0
    assertThat(graded.stream().map(g -> g.figures().code()))
        .containsExactly("K5", "K2", "K1", "K3", "K4");
    assertThat(graded.get(0).score()).isEqualByComparingTo("86.25");
    assertThat(graded.get(0).creditScore()).isEqualByComparingTo("37.50");
    // n = 5: A ⌈1⌉ = 1, B up to ⌈2.5⌉ = 3, C the rest
    assertThat(graded.stream().map(Graded::grade))
        .containsExactly(Grade.A, Grade.B, Grade.B, Grade.C, Grade.C);
    assertThat(graded.stream().map(Graded::position)).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void equalScoresAreOrderedByCodeAndOneCustomerIsGradedA() {
    List<Graded> twins =
        GradingRule.grade(
            List.of(f("Z9", "10", "1", "0", "0"), f("A1", "10", "1", "0", "0")), SHIPPED, ABC);
    // both tie everywhere: rank 1 of 2 → 0 for amount and profit; credit 0
    assertThat(twins.stream().map(g -> g.figures().code())).containsExactly("A1", "Z9");
    assertThat(twins.get(0).score()).isEqualByComparingTo("0");
    // n = 2: A ⌈0.4⌉ = 1, B up to ⌈1⌉ = 1, C the other
    assertThat(twins.stream().map(Graded::grade)).containsExactly(Grade.A, Grade.C);

    List<Graded> alone = GradingRule.grade(List.of(f("S1", "-5", "-9", "40", "1")), SHIPPED, ABC);
    assertThat(alone.get(0).score()).isEqualByComparingTo("100");
    assertThat(alone.get(0).grade()).isEqualTo(Grade.A);
    assertThat(GradingRule.grade(List.of(), SHIPPED, ABC)).isEmpty();
  }

  @Test
  void scoreLimitsGradeAtOrAboveEachLimitAndTheGrowthProspectCountsByItsWeight() {
    Weights growthOnly = weights("0", "0", "0", "100");
    List<Figures> three = new ArrayList<>();
    three.add(new Figures(UUID.randomUUID(), "G1", d("1"), d("1"), d("0"), d("0"), 80));
    three.add(new Figures(UUID.randomUUID(), "G2", d("1"), d("1"), d("0"), d("0"), null));
    three.add(new Figures(UUID.randomUUID(), "G3", d("1"), d("1"), d("0"), d("0"), 40));
    // growth ranks ascending: G2 (none = 0) 1, G3 2, G1 3 → 0, 50, 100
    List<Graded> graded = GradingRule.grade(three, growthOnly, new ScoreLimits(d("100"), d("50")));
    assertThat(graded.stream().map(g -> g.figures().code() + "=" + g.score().toPlainString()))
        .containsExactly("G1=100.00", "G3=50.00", "G2=0.00");
    assertThat(graded.stream().map(Graded::grade)).containsExactly(Grade.A, Grade.B, Grade.C);
  }

  @Test
  void weightsSharesAndLimitsThatBreakTheRulesAreRefusedNamingTheField() {
    assertThat(field(() -> weights("10", "30", "50", "0"))).isEqualTo("weights:sum");
    assertThat(field(() -> weights("-10", "50", "60", "0"))).isEqualTo("weights:range");
    assertThat(field(() -> new Weights(null, d("50"), d("50"), d("0"))))
        .isEqualTo("weights:required");
    assertThat(field(() -> new RankShares(d("20"), d("30"), d("40")))).isEqualTo("shares:sum");
    assertThat(field(() -> new ScoreLimits(d("50"), d("50")))).isEqualTo("limits:decreasing");
    assertThat(field(() -> new ScoreLimits(d("101"), d("50")))).isEqualTo("limits:decreasing");
  }

  @Test
  void latenessCountsDaysAfterTheDueDayWeightedByAmountAndUnpaidPartsUpToTheAsOfDay() {
    LocalDate asOf = LocalDate.of(2026, 11, 30);
    CreditRecord record =
        new CreditRecord(asOf)
            .add(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), d("300")) // 10 days
            .add(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 20), d("100")) // early: 0
            .add(LocalDate.of(2026, 11, 20), null, d("100")) // unpaid: 10 days by the as-of day
            .add(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 3), d("200")) // after: 5
            .add(LocalDate.of(2026, 11, 30), null, d("300")); // due today: 0
    // (300×10 + 100×0 + 100×10 + 200×5 + 300×0) / 1000 = 5.00; late 600 of 1000
    assertThat(record.lateDays()).isEqualByComparingTo("5.00");
    assertThat(record.lateShare()).isEqualByComparingTo("0.600000");
    assertThat(new CreditRecord(asOf).lateDays()).isEqualByComparingTo("0");
    assertThat(new CreditRecord(asOf).lateShare()).isEqualByComparingTo("0");
  }

  private static String field(Runnable build) {
    try {
      build.run();
    } catch (BusinessRuleException e) {
      return e.violations().get(0).field() + ":" + e.violations().get(0).rule();
    }
    assertThatThrownBy(() -> {}).isNotNull();
    return "accepted";
  }

  /** Credit from the two ranks among 5: ((rd − 1) + (rs − 1)) × 50 / 4. */
  private static double credit(int daysRank, int shareRank) {
    return ((daysRank - 1) + (shareRank - 1)) * 50.0 / 4;
  }

  private static String score(double credit, double amount, double profit) {
    return new BigDecimal(String.valueOf(0.1 * credit + 0.3 * amount + 0.6 * profit))
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static Figures f(String code, String amount, String profit, String days, String share) {
    return new Figures(UUID.randomUUID(), code, d(amount), d(profit), d(days), d(share), null);
  }

  private static Weights weights(String credit, String amount, String profit, String growth) {
    return new Weights(d(credit), d(amount), d(profit), d(growth));
  }

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }
}
