package io.pyra.support.cases;

import java.util.Set;
import java.util.UUID;

/**
 * What a queue or list of cases is narrowed to; empty parts do not narrow. {@code open} keeps the
 * statuses still worked; {@code statuses} names them exactly.
 */
public record CaseFilter(
    Set<CaseStatus> statuses,
    UUID assigneeId,
    UUID teamId,
    UUID customerId,
    CaseType type,
    Severity severity) {

  public static CaseFilter openCases() {
    return new CaseFilter(CaseStatus.OPEN, null, null, null, null, null);
  }
}
