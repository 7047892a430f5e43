package io.pyra.support.mailbox;

import java.util.UUID;

/** A mail read from the support mailbox ({@code support_inbound_mail}). */
public record InboundMailId(UUID value) {

  public InboundMailId {
    if (value == null) {
      throw new IllegalArgumentException("an inbound mail id needs a value");
    }
  }
}
