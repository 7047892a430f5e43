package io.pyra.analytics.pyramid;

import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes every scheme's snapshot of the month that has just ended, early on the first of each month
 * (after the nightly rebuild of the figures would be too late for the first: it runs at its own
 * time), on one node (the job lock).
 */
@Component
class MonthlySnapshots {

  private final PyramidSchemes schemes;
  private final TierSnapshots snapshots;
  private final ZoneId zone;

  MonthlySnapshots(
      PyramidSchemes schemes,
      TierSnapshots snapshots,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.schemes = schemes;
    this.snapshots = snapshots;
    this.zone = ZoneId.of(zone);
  }

  @Scheduled(cron = "${pyra.analytics.snapshot-cron:0 15 3 1 * *}", zone = "${pyra.time-zone:UTC}")
  @SchedulerLock(name = "analytics.tier-snapshots", lockAtMostFor = "PT4H")
  void onSchedule() {
    takeLastMonth(LocalDate.now(zone));
  }

  /** Takes the snapshot of the period end before {@code today}'s month for every scheme. */
  void takeLastMonth(LocalDate today) {
    LocalDate periodEnd = TierSnapshots.previousPeriodEnd(today);
    for (PyramidScheme scheme : schemes.list()) {
      snapshots.take(scheme, periodEnd, zone);
    }
  }
}
