package io.pyra.sales.web;

import java.util.UUID;

/** Addresses of the opportunity pages that several controllers name. */
final class OpportunityPages {

  private OpportunityPages() {}

  /** Where the order of a won opportunity is written. */
  static String orderUrl(UUID opportunityId) {
    return "/orders/new?opportunity=" + opportunityId;
  }

  static String board(String pipelineCode) {
    return "/opportunities/board?pipeline=" + pipelineCode;
  }
}
