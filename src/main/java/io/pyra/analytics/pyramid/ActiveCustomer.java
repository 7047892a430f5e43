package io.pyra.analytics.pyramid;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer active in a pyramid's window, with the scheme's basis over the window (net revenue,
 * profit or a count of contact records; it may be zero or negative) and the code that breaks ties.
 */
public record ActiveCustomer(UUID customerId, String code, BigDecimal basis) {

  public ActiveCustomer {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(basis, "basis");
  }
}
