package io.pyra.scheduling.session;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The seats a contract gives for a course: how many, how many are used by enrolments that are not
 * withdrawn, how many remain, and what one seat is worth in the base currency.
 */
public record ContractSeats(
    UUID contractId,
    UUID productId,
    String course,
    UUID customerId,
    int seats,
    int used,
    BigDecimal seatValue) {

  public int remaining() {
    return seats - used;
  }
}
