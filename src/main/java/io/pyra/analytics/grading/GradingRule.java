package io.pyra.analytics.grading;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The ABC grading of the customers graded in a window, as plain arithmetic:
 *
 * <ul>
 *   <li>each indicator is scored 0–100 by its percent rank among the n graded customers, as SQL's
 *       {@code percent_rank()}: (rank − 1) / (n − 1) × 100, ranked from worst to best, ties sharing
 *       the lower rank; one customer alone scores 100. Amount (net revenue), profit and growth
 *       prospect (none: 0): more is better. Credit: the average of the percent ranks of the days
 *       paid late and of the share paid late, fewer being better;
 *   <li>each indicator score is rounded to two decimals (half up), and the score is the weighted
 *       sum of those, weights in percent, rounded to two decimals (half up);
 *   <li>grades by {@link RankShares} (ordered by score, highest first, ties by customer code: A the
 *       first ⌈a % × n⌉, B up to ⌈(a + b) % × n⌉, C the rest) or {@link ScoreLimits} (A at or above
 *       the first limit, B at or above the second, C the rest).
 * </ul>
 */
public final class GradingRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private GradingRule() {}

  /** The weights of credit, amount, profit and growth prospect, in percent, adding up to 100. */
  public record Weights(
      BigDecimal credit, BigDecimal amount, BigDecimal profit, BigDecimal growth) {

    public Weights {
      List<BigDecimal> all = java.util.Arrays.asList(credit, amount, profit, growth);
      if (all.stream().anyMatch(w -> w == null)) {
        throw new BusinessRuleException("weights", "required", "grading.weights.required");
      }
      if (all.stream().anyMatch(w -> w.signum() < 0 || w.compareTo(HUNDRED) > 0)) {
        throw new BusinessRuleException("weights", "range", "grading.weights.range");
      }
      if (credit.add(amount).add(profit).add(growth).compareTo(HUNDRED) != 0) {
        throw new BusinessRuleException("weights", "sum", "grading.weights.sum");
      }
    }
  }

  /** How scores become grades. */
  public sealed interface Cut permits RankShares, ScoreLimits {}

  /** A the first {@code a} %, B the next {@code b} %, C the last {@code c} %: adding up to 100. */
  public record RankShares(BigDecimal a, BigDecimal b, BigDecimal c) implements Cut {

    public RankShares {
      if (a == null || b == null || c == null) {
        throw new BusinessRuleException("shares", "required", "grading.shares.required");
      }
      for (BigDecimal share : List.of(a, b, c)) {
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
          throw new BusinessRuleException("shares", "range", "grading.shares.range");
        }
      }
      if (a.add(b).add(c).compareTo(HUNDRED) != 0) {
        throw new BusinessRuleException("shares", "sum", "grading.shares.sum");
      }
    }
  }

  /** A at or above {@code a}, B at or above {@code b}, C the rest; 0 ≤ b < a ≤ 100. */
  public record ScoreLimits(BigDecimal a, BigDecimal b) implements Cut {

    public ScoreLimits {
      if (a == null || b == null) {
        throw new BusinessRuleException("limits", "required", "grading.limits.required");
      }
      if (a.compareTo(HUNDRED) > 0 || b.signum() < 0 || a.compareTo(b) <= 0) {
        List<RuleViolation> v =
            List.of(new RuleViolation("limits", "decreasing", "grading.limits.decreasing"));
        throw new BusinessRuleException(v);
      }
    }
  }

  /** A graded customer's indicators over the window. */
  public record Figures(
      UUID customerId,
      String code,
      BigDecimal amount,
      BigDecimal profit,
      BigDecimal lateDays,
      BigDecimal lateShare,
      Integer growth) {

    BigDecimal growthOrZero() {
      return growth == null ? BigDecimal.ZERO : BigDecimal.valueOf(growth);
    }
  }

  /** A customer's scores, score, position (1: highest score) and automatic grade. */
  public record Graded(
      Figures figures,
      int position,
      BigDecimal creditScore,
      BigDecimal amountScore,
      BigDecimal profitScore,
      BigDecimal growthScore,
      BigDecimal score,
      Grade grade) {}

  /** Grades {@code customers}, in position order. */
  public static List<Graded> grade(List<Figures> customers, Weights weights, Cut cut) {
    int n = customers.size();
    int[] amount = ranks(customers, Figures::amount);
    int[] profit = ranks(customers, Figures::profit);
    int[] growth = ranks(customers, Figures::growthOrZero);
    int[] days = ranks(customers, f -> f.lateDays().negate());
    int[] share = ranks(customers, f -> f.lateShare().negate());
    List<Graded> scored = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigDecimal credit =
          n == 1
              ? HUNDRED.setScale(2)
              : BigDecimal.valueOf((days[i] - 1L) + (share[i] - 1L))
                  .multiply(BigDecimal.valueOf(50))
                  .divide(BigDecimal.valueOf(n - 1L), 2, RoundingMode.HALF_UP);
      BigDecimal a = percentRank(amount[i], n);
      BigDecimal p = percentRank(profit[i], n);
      BigDecimal g = percentRank(growth[i], n);
      BigDecimal score =
          weights
              .credit()
              .multiply(credit)
              .add(weights.amount().multiply(a))
              .add(weights.profit().multiply(p))
              .add(weights.growth().multiply(g))
              .divide(HUNDRED, 2, RoundingMode.HALF_UP);
      scored.add(new Graded(customers.get(i), 0, credit, a, p, g, score, null));
    }
    scored.sort(
        Comparator.comparing(Graded::score)
            .reversed()
            .thenComparing(s -> s.figures().code(), Comparator.naturalOrder()));
    List<Graded> graded = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Graded s = scored.get(i);
      graded.add(
          new Graded(
              s.figures(),
              i + 1,
              s.creditScore(),
              s.amountScore(),
              s.profitScore(),
              s.growthScore(),
              s.score(),
              gradeOf(cut, i + 1, n, s.score())));
    }
    return graded;
  }

  /** SQL's percent_rank × 100 of a rank among n, to two decimals (half up); n = 1 gives 100. */
  public static BigDecimal percentRank(int rank, int n) {
    if (n == 1) {
      return HUNDRED.setScale(2);
    }
    return BigDecimal.valueOf((rank - 1L) * 100L)
        .divide(BigDecimal.valueOf(n - 1L), 2, RoundingMode.HALF_UP);
  }

  /**
   * The rank of each value among all, from the smallest (rank 1) up; equal values share the lower
   * rank (1 + how many are smaller).
   */
  static int[] ranks(List<Figures> customers, Function<Figures, BigDecimal> value) {
    int n = customers.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing(i -> value.apply(customers.get(i))));
    int[] ranks = new int[n];
    for (int k = 0; k < n; k++) {
      boolean tie =
          k > 0
              && value
                      .apply(customers.get(order[k]))
                      .compareTo(value.apply(customers.get(order[k - 1])))
                  == 0;
      ranks[order[k]] = tie ? ranks[order[k - 1]] : k + 1;
    }
    return ranks;
  }

  private static Grade gradeOf(Cut cut, int position, int n, BigDecimal score) {
    return switch (cut) {
      case RankShares s -> {
        if (position <= ceil(s.a(), n)) {
          yield Grade.A;
        }
        yield position <= ceil(s.a().add(s.b()), n) ? Grade.B : Grade.C;
      }
      case ScoreLimits l -> {
        if (score.compareTo(l.a()) >= 0) {
          yield Grade.A;
        }
        yield score.compareTo(l.b()) >= 0 ? Grade.B : Grade.C;
      }
    };
  }

  /** ⌈percent % × n⌉. */
  private static int ceil(BigDecimal percent, int n) {
    return percent
        .multiply(BigDecimal.valueOf(n))
        .divide(HUNDRED, 0, RoundingMode.CEILING)
        .intValueExact();
  }
}
