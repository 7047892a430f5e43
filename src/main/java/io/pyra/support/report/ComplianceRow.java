package io.pyra.support.report;

import java.math.BigDecimal;

/**
 * The cases resolved in a month (or of a grade, team or category) and how many met each target: the
 * first response by its deadline ({@code first_responded_at <= first_response_due_at}), the
 * resolution by its ({@code resolved_at <= resolution_due_at}), both. Percentages are of the
 * resolved cases, one decimal, null when none was resolved. {@code key} is the month ({@code
 * 2026-03}), the grade or the id (null: no category); {@code name} the grade, team or category in
 * the reader's language where known.
 */
public record ComplianceRow(
    String key,
    String name,
    long resolved,
    long responseMet,
    long responseBreached,
    long resolutionMet,
    long resolutionBreached,
    long bothMet,
    BigDecimal responseCompliance,
    BigDecimal resolutionCompliance,
    BigDecimal compliance) {

  static ComplianceRow of(
      String key, String name, long resolved, long responseMet, long resolutionMet, long both) {
    return new ComplianceRow(
        key,
        name,
        resolved,
        responseMet,
        resolved - responseMet,
        resolutionMet,
        resolved - resolutionMet,
        both,
        Shares.percent(responseMet, resolved),
        Shares.percent(resolutionMet, resolved),
        Shares.percent(both, resolved));
  }
}
