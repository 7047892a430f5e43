package io.pyra.scheduling.resource;

/** Why a resource cannot be booked over an interval. */
public enum Unavailability {
  /** No such resource. */
  UNKNOWN,
  /** Taken out of use. */
  INACTIVE,
  /** Outside the opening hours (the resource's own, else its centre's). */
  OUTSIDE_HOURS,
  /** On a closure or holiday of the resource, its centre (or a unit above it) or the company. */
  CLOSED,
  /** The instructor is on leave. */
  ON_LEAVE
}
