package io.pyra.customer.profile;

import java.util.List;

/**
 * Saving was stopped because likely duplicates exist; the user may open one, merge, or save with a
 * reason.
 */
public class DuplicateCustomerException extends RuntimeException {

  private final List<DuplicateCandidate> candidates;

  public DuplicateCustomerException(List<DuplicateCandidate> candidates) {
    super("likely duplicates: " + candidates.size());
    this.candidates = List.copyOf(candidates);
  }

  public List<DuplicateCandidate> candidates() {
    return candidates;
  }
}
