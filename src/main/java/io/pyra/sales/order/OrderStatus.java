package io.pyra.sales.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands: draft → signed → active → completed, or cancelled. It counts as a sale (or
 * a return, for a credit note) while signed, active or completed.
 */
public enum OrderStatus {
  DRAFT,
  SIGNED,
  ACTIVE,
  COMPLETED,
  CANCELLED;

  public static final Set<OrderStatus> COUNTING = EnumSet.of(SIGNED, ACTIVE, COMPLETED);

  public boolean counts() {
    return COUNTING.contains(this);
  }

  /** Whether an order in this status may move to {@code next}. */
  public boolean canBecome(OrderStatus next) {
    return switch (this) {
      case DRAFT -> next == SIGNED || next == CANCELLED;
      case SIGNED -> next == ACTIVE || next == COMPLETED || next == CANCELLED;
      case ACTIVE -> next == COMPLETED || next == CANCELLED;
      case COMPLETED, CANCELLED -> false;
    };
  }
}
