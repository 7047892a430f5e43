package io.pyra.support.mailbox;

import java.util.UUID;

/**
 * The record of the caller's that a mail belongs to, by its id: the case a router put an inbound
 * mail on, the case an outbound mail was sent for. The mailbox stores it and never looks inside.
 */
public record MailReference(UUID value) {

  public MailReference {
    if (value == null) {
      throw new IllegalArgumentException("a mail reference needs a value");
    }
  }

  /** The reference, or null for a null id. */
  public static MailReference ofNullable(UUID value) {
    return value == null ? null : new MailReference(value);
  }
}
