package io.pyra.scheduling.handoff;

/** A delivery that did not get through; its reason is short and names no secret. */
class HandoffFailure extends Exception {

  HandoffFailure(String reason) {
    super(reason);
  }
}
