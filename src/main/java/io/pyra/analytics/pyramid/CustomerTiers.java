package io.pyra.analytics.pyramid;

import io.pyra.platform.query.QueryPart;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Each customer's tier of a scheme as of a day, company-wide (among the scheme's whole audience,
 * whoever asks): a value tier for a customer active in the window, else INACTIVE, PROSPECT or
 * SUSPECT. What other parts of analytics (accounting, allocation, grades, the customer page) read a
 * customer's tier through.
 */
@Component
public class CustomerTiers {

  private final PyramidReport report;

  CustomerTiers(PyramidReport report) {
    this.report = report;
  }

  /**
   * The tier of each of {@code customers} as of {@code asOf}; a customer not known by then, merged
   * or deleted is absent. {@code zone} is the company's (which customers were known by the end of
   * the day).
   */
  public Map<UUID, Tier> of(
      PyramidScheme scheme, LocalDate asOf, Collection<UUID> customers, ZoneId zone) {
    Map<UUID, Tier> tiers = new HashMap<>();
    if (customers.isEmpty()) {
      return tiers;
    }
    Set<UUID> asked = new HashSet<>(customers);
    for (PyramidReport.Member member :
        report.ranked(scheme, asOf, scheme.windowStart(asOf), QueryPart.ALWAYS)) {
      if (asked.contains(member.customerId())) {
        tiers.put(member.customerId(), member.tier());
      }
    }
    report.belowThePyramid(scheme, asOf, asked, zone, tiers);
    return tiers;
  }
}
