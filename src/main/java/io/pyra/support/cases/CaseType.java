package io.pyra.support.cases;

/** What a customer came with. A complaint walks through the seven steps of complaint handling. */
public enum CaseType {
  COMPLAINT,
  REQUEST,
  INQUIRY,
  REFUND,
  TECHNICAL_SUPPORT,
  MAINTENANCE
}
