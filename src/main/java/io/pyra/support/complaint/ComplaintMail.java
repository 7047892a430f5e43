package io.pyra.support.complaint;

import io.pyra.support.cases.SupportCase;
import java.util.Locale;

/**
 * Sends a complaint's acknowledgement to the customer. A port: {@link LoggedComplaintMail} sends it
 * through the support mailbox, with the case's tag, so that the customer's answer comes back onto
 * the case.
 */
public interface ComplaintMail {

  /** Acknowledges the complaint {@code c} to {@code to}, written in {@code locale}. */
  void acknowledge(SupportCase c, String to, Locale locale);
}
