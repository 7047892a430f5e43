package io.pyra.support.mailbox;

import java.util.Locale;
import java.util.Optional;

/** Where a mail read from the support mailbox stands. */
public enum InboundMailStatus {
  /** Stored, for the case code to turn into a case (with its customer when the sender is known). */
  NEW,
  /** A router took it, onto the record of its {@link InboundMail#reference()}. */
  ROUTED,
  /** From an unknown sender: someone hands it to a customer or discards it. */
  TRIAGE,
  /** Not parsed (too large, broken MIME): the raw mail waits in the server's Quarantine folder. */
  QUARANTINED,
  /** Put aside from triage. */
  DISCARDED;

  /** The status named by {@code text} (any case, trimmed); empty for anything else. */
  public static Optional<InboundMailStatus> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (InboundMailStatus status : values()) {
      if (status.name().equals(name)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
