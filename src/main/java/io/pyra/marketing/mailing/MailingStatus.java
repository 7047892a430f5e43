package io.pyra.marketing.mailing;

/** DRAFT until started, SENDING while passes send it, SENT when every recipient is done. */
public enum MailingStatus {
  DRAFT,
  SENDING,
  SENT,
  CANCELLED
}
