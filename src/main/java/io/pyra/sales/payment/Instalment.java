package io.pyra.sales.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One part of an order's payment schedule: {@code amount} (order currency) due on {@code dueOn}.
 */
public record Instalment(int seq, LocalDate dueOn, BigDecimal amount) {}
