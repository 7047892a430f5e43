package io.pyra.platform.sms;

/**
 * What the gateway answered: accepted (with the gateway's own message id, may be null) or refused
 * with a short reason (never a secret).
 */
public record SmsReceipt(boolean accepted, String gatewayId, String failure) {

  public static SmsReceipt accepted(String gatewayId) {
    return new SmsReceipt(true, gatewayId, null);
  }

  public static SmsReceipt refused(String failure) {
    return new SmsReceipt(false, null, failure);
  }
}
