package io.pyra.marketing.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign's budget against what it has cost: the total of the actual costs per currency (by
 * currency code), the part in the budget's currency and the remainder of the budget (negative when
 * overspent). Costs in other currencies are not converted: they stand apart.
 */
public record Spending(
    BigDecimal budget,
    String budgetCurrency,
    List<Total> totals,
    BigDecimal spentInBudgetCurrency,
    BigDecimal remaining) {

  /** The actual costs in one currency. */
  public record Total(String currency, BigDecimal amount, int entries) {}

  /** The spending of a campaign with budget {@code budget} in {@code currency} and these costs. */
  public static Spending of(BigDecimal budget, String currency, List<CostRow> costs) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (CostRow cost : costs) {
      sums.merge(cost.currency(), cost.amount(), BigDecimal::add);
      counts.merge(cost.currency(), 1, Integer::sum);
    }
    List<Total> totals =
        sums.entrySet().stream()
            .map(e -> new Total(e.getKey(), e.getValue(), counts.get(e.getKey())))
            .toList();
    BigDecimal spent = sums.getOrDefault(currency, BigDecimal.ZERO);
    return new Spending(budget, currency, totals, spent, budget.subtract(spent));
  }

  /** Whether the costs in the budget's currency exceed the budget. */
  public boolean overspent() {
    return remaining.signum() < 0;
  }
}
