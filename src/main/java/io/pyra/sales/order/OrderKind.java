package io.pyra.sales.order;

/** What an order is: a sale, a (training) contract, or a credit note of negative lines. */
public enum OrderKind {
  ORDER,
  CONTRACT,
  CREDIT_NOTE;

  public boolean isCreditNote() {
    return this == CREDIT_NOTE;
  }
}
