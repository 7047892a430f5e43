package io.pyra.analytics.pyramid;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a scheme splits its active customers into TOP, HIGH, MIDDLE and LOW: by thresholds on the
 * basis, or by rank shares. Either way the customers are ranked by basis, highest first, ties by
 * customer code ascending, so that every figure is reproducible.
 */
public sealed interface TierRule {

  /** The value tiers, in rank order. */
  List<Tier> VALUE_TIERS = List.of(Tier.TOP, Tier.HIGH, Tier.MIDDLE, Tier.LOW);

  /** Highest basis first, ties by customer code ascending. */
  Comparator<ActiveCustomer> RANK =
      Comparator.comparing(ActiveCustomer::basis, Comparator.reverseOrder())
          .thenComparing(ActiveCustomer::code);

  /** The tier of each active customer, in rank order. */
  List<Tiered> assign(List<ActiveCustomer> active);

  /** A customer and the tier a rule gave them. */
  record Tiered(ActiveCustomer customer, Tier tier) {}

  /**
   * TOP above {@code top}, HIGH above {@code high} up to {@code top}, MIDDLE above {@code middle}
   * up to {@code high}, LOW the rest (zero and negative bases too). The limits must fall strictly.
   */
  record Thresholds(BigDecimal top, BigDecimal high, BigDecimal middle) implements TierRule {

    public Thresholds {
      List<RuleViolation> violations = new ArrayList<>();
      if (top == null || high == null || middle == null) {
        violations.add(
            new RuleViolation("thresholds", "required", "analytics.pyramid.thresholds.required"));
      } else if (top.compareTo(high) <= 0 || high.compareTo(middle) <= 0) {
        violations.add(
            new RuleViolation(
                "thresholds", "decreasing", "analytics.pyramid.thresholds.decreasing"));
      }
      if (!violations.isEmpty()) {
        throw new BusinessRuleException(violations);
      }
    }

    @Override
    public List<Tiered> assign(List<ActiveCustomer> active) {
      return active.stream().sorted(RANK).map(c -> new Tiered(c, tierOf(c.basis()))).toList();
    }

    private Tier tierOf(BigDecimal basis) {
      if (basis.compareTo(top) > 0) {
        return Tier.TOP;
      }
      if (basis.compareTo(high) > 0) {
        return Tier.HIGH;
      }
      return basis.compareTo(middle) > 0 ? Tier.MIDDLE : Tier.LOW;
    }
  }

  /**
   * Shares of the ranked active customers, in percent, adding up to 100: of n customers TOP takes
   * the first ⌈top % × n⌉, HIGH those up to ⌈(top + high) % × n⌉, MIDDLE those up to ⌈(top + high +
   * middle) % × n⌉, LOW the rest.
   */
  record RankShares(BigDecimal top, BigDecimal high, BigDecimal middle, BigDecimal low)
      implements TierRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RankShares {
      List<RuleViolation> violations = new ArrayList<>();
      if (top == null || high == null || middle == null || low == null) {
        violations.add(
            new RuleViolation("shares", "required", "analytics.pyramid.shares.required"));
      } else {
        for (BigDecimal share : List.of(top, high, middle, low)) {
          if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            violations.add(new RuleViolation("shares", "range", "analytics.pyramid.shares.range"));
            break;
          }
        }
        if (violations.isEmpty() && top.add(high).add(middle).add(low).compareTo(HUNDRED) != 0) {
          violations.add(new RuleViolation("shares", "sum", "analytics.pyramid.shares.sum"));
        }
      }
      if (!violations.isEmpty()) {
        throw new BusinessRuleException(violations);
      }
    }

    @Override
    public List<Tiered> assign(List<ActiveCustomer> active) {
      List<ActiveCustomer> ranked = active.stream().sorted(RANK).toList();
      Map<Tier, Integer> ends = ends(ranked.size());
      List<Tiered> tiered = new ArrayList<>(ranked.size());
      int tier = 0;
      for (int i = 0; i < ranked.size(); i++) {
        while (i >= ends.get(VALUE_TIERS.get(tier))) {
          tier++;
        }
        tiered.add(new Tiered(ranked.get(i), VALUE_TIERS.get(tier)));
      }
      return tiered;
    }

    /** Where each tier ends among {@code n} ranked customers (exclusive; LOW ends at n). */
    Map<Tier, Integer> ends(int n) {
      Map<Tier, Integer> ends = new EnumMap<>(Tier.class);
      BigDecimal cumulative = BigDecimal.ZERO;
      List<BigDecimal> shares = List.of(top, high, middle);
      for (int i = 0; i < shares.size(); i++) {
        cumulative = cumulative.add(shares.get(i));
        int end =
            cumulative
                .multiply(BigDecimal.valueOf(n))
                .divide(HUNDRED, 0, RoundingMode.CEILING)
                .intValueExact();
        ends.put(VALUE_TIERS.get(i), Math.min(end, n));
      }
      ends.put(Tier.LOW, n);
      return ends;
    }
  }
}
