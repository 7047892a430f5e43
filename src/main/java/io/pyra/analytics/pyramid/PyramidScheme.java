package io.pyra.analytics.pyramid;

import io.pyra.analytics.audience.Audience;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How an analyst splits the customers: the basis, the rule and the window, the months that end with
 * the as-of day, that day included (as of 2011-11-30, twelve months are 2010-12-01 to 2011-11-30),
 * and the {@link Audience}: every customer, or those of an org unit, a sector and with custom field
 * values the scheme names; for the ACTIVITY basis, the types of contact records counted.
 */
public record PyramidScheme(
    UUID id,
    String code,
    String name,
    Basis basis,
    TierRule rule,
    int windowMonths,
    Audience audience,
    List<UUID> activityTypes) {

  public PyramidScheme {
    audience = audience == null ? Audience.ALL : audience;
    activityTypes = activityTypes == null ? List.of() : List.copyOf(activityTypes);
  }

  /** The first day of the window that ends with {@code asOf}. */
  public LocalDate windowStart(LocalDate asOf) {
    return asOf.plusDays(1).minusMonths(windowMonths);
  }
}
