package io.pyra.customer;

/** Where a customer stands: suspect → prospect → new → active → inactive → lost. */
public enum LifecycleStage {
  SUSPECT,
  PROSPECT,
  NEW,
  ACTIVE,
  INACTIVE,
  LOST
}
