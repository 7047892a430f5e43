package io.pyra.support.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * EXTENSION POINT for the complaint steps' compensation ({@code support_compensation}, written
 * beside the reports): the refunds granted as compensation on the cases the current reader's {@code
 * case.read} reaches, granted from {@code start} inclusive to {@code end} exclusive. While no bean
 * implements it, the complaints report counts refunds as cases of type REFUND only and leaves the
 * compensation columns empty.
 */
public interface CompensationRefunds {

  Refunds between(Instant start, Instant end);

  /** How many refunds were granted and their value in the base currency. */
  record Refunds(long count, BigDecimal amount) {}
}
