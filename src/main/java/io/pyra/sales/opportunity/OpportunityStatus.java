package io.pyra.sales.opportunity;

/** Where an opportunity stands: open, won or lost (the outcome of its stage). */
public enum OpportunityStatus {
  OPEN,
  WON,
  LOST
}
