package io.pyra.support.complaint;

import io.pyra.support.cases.SupportCase;
import java.util.Locale;

/**
 * Sends a complaint's acknowledgement to the customer. A port: the default sends over SMTP with
 * Spring's mail sender; the support mailbox will take it over (its mails then thread with the
 * case's).
 */
public interface ComplaintMail {

  /** Acknowledges the complaint {@code c} to {@code to}, written in {@code locale}. */
  void acknowledge(SupportCase c, String to, Locale locale);
}
