package io.pyra.interaction.task;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task stands. Open and in-progress tasks may move to any other status (in progress back to
 * open as well); done and cancelled are final.
 */
public enum TaskStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  /** The statuses of tasks still to be done. */
  public static final Set<TaskStatus> ACTIVE = EnumSet.of(OPEN, IN_PROGRESS);

  public boolean isActive() {
    return ACTIVE.contains(this);
  }

  public boolean canBecome(TaskStatus next) {
    return next == this || isActive();
  }
}
