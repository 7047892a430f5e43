package io.pyra.sales.pipeline;

/** What reaching a stage means for an opportunity: still open, won or lost. */
public enum StageOutcome {
  OPEN,
  WON,
  LOST
}
