package io.pyra.marketing.lead;

import java.util.List;

/**
 * Recording a lead was stopped because likely duplicates exist among customers and leads; the user
 * may open one or save anyway with a reason.
 */
public class DuplicateLeadException extends RuntimeException {

  private final List<LeadDuplicate> duplicates;

  public DuplicateLeadException(List<LeadDuplicate> duplicates) {
    super("likely duplicates: " + duplicates.size());
    this.duplicates = List.copyOf(duplicates);
  }

  public List<LeadDuplicate> duplicates() {
    return duplicates;
  }
}
