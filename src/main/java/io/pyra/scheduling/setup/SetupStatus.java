package io.pyra.scheduling.setup;

/** A set-up request is OPEN until every machine is VERIFIED (READY); CANCELLED with its booking. */
public enum SetupStatus {
  OPEN,
  READY,
  CANCELLED
}
