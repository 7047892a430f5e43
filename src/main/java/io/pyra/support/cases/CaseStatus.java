package io.pyra.support.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a case: new → in progress → waiting on customer → resolved → closed, and reopened
 * (back to in progress) from resolved or closed. The clocks run in NEW and IN_PROGRESS only.
 */
public enum CaseStatus {
  NEW,
  IN_PROGRESS,
  WAITING_ON_CUSTOMER,
  RESOLVED,
  CLOSED;

  /** The statuses of a case still being worked, which the queues show. */
  public static final Set<CaseStatus> OPEN = EnumSet.of(NEW, IN_PROGRESS, WAITING_ON_CUSTOMER);

  /** Whether the workflow allows a move from this status to {@code next}. */
  public boolean allows(CaseStatus next) {
    return switch (this) {
      case NEW -> next == IN_PROGRESS || next == WAITING_ON_CUSTOMER || next == RESOLVED;
      case IN_PROGRESS -> next == WAITING_ON_CUSTOMER || next == RESOLVED;
      case WAITING_ON_CUSTOMER -> next == IN_PROGRESS || next == RESOLVED;
      case RESOLVED -> next == CLOSED || next == IN_PROGRESS;
      case CLOSED -> next == IN_PROGRESS;
    };
  }

  public boolean open() {
    return OPEN.contains(this);
  }

  /** Whether the clocks stand still in this status. */
  public boolean paused() {
    return !(this == NEW || this == IN_PROGRESS);
  }
}
