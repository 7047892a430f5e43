package io.pyra.scheduling.report;

import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.resource.SchedulingCentres;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The scheduling reports of one centre the current user's {@code scheduling.report} reaches (any
 * other is not found): occupancy, instructors' utilisation, sessions' fill rate and revenue from
 * classes, per month on the centre's clock.
 */
@Component
public class SchedulingReports {

  private final ReportAccess access;
  private final SchedulingCentres centres;
  private final ResourceUsage usage;
  private final SessionFills fills;
  private final ClassRevenue revenue;

  SchedulingReports(
      ReportAccess access,
      SchedulingCentres centres,
      ResourceUsage usage,
      SessionFills fills,
      ClassRevenue revenue) {
    this.access = access;
    this.centres = centres;
    this.usage = usage;
    this.fills = fills;
    this.revenue = revenue;
  }

  /** The centre, when the current user may see its reports. */
  public ReportCentre centre(UUID id) {
    OrgUnitSummary unit =
        access.centre(id).orElseThrow(() -> new RecordNotFoundException("centre", id));
    return new ReportCentre(
        unit.id().value(),
        unit.code(),
        unit.name(),
        unit.path(),
        centres.zoneOf(unit.id().value()));
  }

  public UsageReport occupancy(UUID centre, ReportMonths months) {
    return usage.occupancy(centre(centre), months);
  }

  public UsageReport instructorUtilisation(UUID centre, ReportMonths months) {
    return usage.instructors(centre(centre), months);
  }

  public FillReport fillRate(UUID centre, ReportMonths months) {
    return fills.report(centre(centre), months);
  }

  public RevenueReport classRevenue(UUID centre, ReportMonths months) {
    return revenue.report(centre(centre), months);
  }
}
