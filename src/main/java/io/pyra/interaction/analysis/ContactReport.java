package io.pyra.interaction.analysis;

import io.pyra.identity.OrgUnitSummary;
import java.time.YearMonth;
import java.util.List;

/**
 * Counts of contact records of an org unit's subtree in a period: by type (each type's count
 * includes its sub-types'; {@code own} is the type's alone), by channel, by location and by month.
 */
public record ContactReport(
    OrgUnitSummary orgUnit,
    ContactPeriod period,
    long total,
    List<TypeCount> types,
    List<ChannelCount> channels,
    List<LocationCount> locations,
    List<MonthCount> months) {

  /** A type of the hierarchy; {@code depth} 0 for a top-level type. */
  public record TypeCount(
      String code, String name, String parentCode, int depth, long count, long own) {}

  public record ChannelCount(String channel, long count) {}

  /** A country (ISO code, {@code null} when not given) and office. */
  public record LocationCount(String country, String office, long count) {}

  public record MonthCount(YearMonth month, long count) {}
}
