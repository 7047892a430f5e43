package io.pyra.sales.payment;

/** How a payment was made. */
public enum PaymentMethod {
  CASH,
  CARD,
  TRANSFER,
  ALIPAY,
  WECHAT,
  CHEQUE,
  OTHER
}
