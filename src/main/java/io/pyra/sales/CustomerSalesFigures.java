package io.pyra.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a customer bought and how they paid, in the base currency as of {@code asOf} (the company's
 * day), as {@code SalesApi#figuresOf} defines each figure. Money figures are exact decimals (scale
 * 6), zero when the customer bought nothing; {@code averageDaysLate} and {@code lateShare} are
 * {@code null} when nothing was paid against a due date (nothing is known), and the last order's
 * fields are {@code null} without a counted order.
 *
 * @param lifetimeRevenue net revenue of all counted orders: their amount (credit notes negative)
 *     minus every refund on them
 * @param revenue12Months the same for orders of the last 12 months and refunds made in them
 * @param lifetimeCost cost of all counted orders (credit notes negative)
 * @param cost12Months cost of the counted orders of the last 12 months
 * @param lifetimeMargin {@code lifetimeRevenue - lifetimeCost}
 * @param margin12Months {@code revenue12Months - cost12Months}
 * @param outstanding what the customer has not paid yet: amount minus paid over counted sales
 * @param overdue the part of {@code outstanding} that was due before {@code asOf}
 * @param averageDaysLate of the amount paid after its due date, the days late, weighted by amount
 * @param lateShare the share (0 to 1) of the amount paid against due dates that was paid late
 * @param orders how many counted orders (sales and credit notes)
 */
public record CustomerSalesFigures(
    LocalDate asOf,
    String baseCurrency,
    BigDecimal lifetimeRevenue,
    BigDecimal revenue12Months,
    BigDecimal lifetimeCost,
    BigDecimal cost12Months,
    BigDecimal lifetimeMargin,
    BigDecimal margin12Months,
    BigDecimal outstanding,
    BigDecimal overdue,
    BigDecimal averageDaysLate,
    BigDecimal lateShare,
    int orders,
    OrderId lastOrderId,
    String lastOrderNumber,
    LocalDate lastOrderDay) {}
