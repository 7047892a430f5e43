package io.pyra.scheduling.session;

/** A group class, or a VIP customer's one-to-one class (capacity 1) booked by service staff. */
public enum SessionKind {
  GROUP,
  ONE_TO_ONE
}
