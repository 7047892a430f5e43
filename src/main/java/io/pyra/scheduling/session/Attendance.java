package io.pyra.scheduling.session;

/** Whether an enrolled customer came to the session: on time, late, or not at all. */
public enum Attendance {
  PRESENT,
  LATE,
  ABSENT
}
