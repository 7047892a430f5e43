package io.pyra.platform.sms;

/**
 * Where text messages go out: a port with one adapter chosen by {@code pyra.sms.gateway} ({@code
 * logging}, the default, writes them to the log and keeps the latest in memory; a gateway over HTTP
 * for a real provider). Never throws for a refused message: the answer says what happened.
 */
public interface SmsGateway {

  /** Hands one message to the gateway. */
  SmsReceipt send(SmsMessage message);
}
