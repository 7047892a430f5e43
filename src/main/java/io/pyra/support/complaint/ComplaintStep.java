package io.pyra.support.complaint;

import java.util.Locale;
import java.util.Optional;

/**
 * The seven steps of complaint handling (seed 004), in their order: acknowledge quickly, apologise
 * and explain, propose a resolution, compensate, resolve, follow up on the customer's satisfaction,
 * and prevent the cause from coming back.
 */
public enum ComplaintStep {
  ACKNOWLEDGEMENT,
  APOLOGY_AND_EXPLANATION,
  RESOLUTION_PROPOSAL,
  COMPENSATION,
  RESOLUTION,
  FOLLOW_UP,
  PREVENTION;

  /** The step with this code (case ignored), if there is one. */
  public static Optional<ComplaintStep> parse(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
