package io.pyra.scheduling.resource;

/**
 * Why nothing can be booked for a while: a closure (of a centre or a resource), a holiday (of a
 * centre or the whole company), an instructor's leave.
 */
public enum ClosureKind {
  CLOSURE,
  HOLIDAY,
  LEAVE
}
