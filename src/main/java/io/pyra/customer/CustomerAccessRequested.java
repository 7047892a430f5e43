package io.pyra.customer;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;

/**
 * A user looked up a caller who is a customer they may not open and asked, from the known-caller
 * screen, for access to it ({@link Kind#REQUEST_ACCESS}) or told its owner that it called ({@link
 * Kind#NOTIFY_OWNER}). The module that keeps notifications tells the owner (and, for a request, the
 * unit's managers). Published once per user, customer, kind and day.
 */
public record CustomerAccessRequested(
    CustomerId customerId,
    String customerName,
    UserId ownerId,
    OrgUnitId orgUnitId,
    UserId requesterId,
    String requesterName,
    Kind kind) {

  /** What the user asked for. */
  public enum Kind {
    REQUEST_ACCESS,
    NOTIFY_OWNER
  }
}
