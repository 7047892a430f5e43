package io.pyra.support.complaint;

/** What a complaint's customer is offered; a refund becomes a refund on one of their orders. */
public enum CompensationType {
  REFUND,
  CREDIT,
  FREE_SESSION,
  GIFT
}
