package io.pyra.support.complaint;

/** One of the seven steps on a complaint's stepper: done (with how), the current one, or to do. */
public record StepState(ComplaintStep step, State state, DoneStep done, String doneByName) {

  public enum State {
    DONE,
    CURRENT,
    TO_DO
  }
}
