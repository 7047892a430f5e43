package io.pyra.analytics.grading;

import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Grades every scheme's customers as of today each night, on one node (the job lock), after the
 * figures are rebuilt (02:30): the report reads these stored grades.
 */
@Component
class NightlyGrading {

  private final GradingSchemes schemes;
  private final CustomerGrades grades;
  private final ZoneId zone;

  NightlyGrading(
      GradingSchemes schemes, CustomerGrades grades, @Value("${pyra.time-zone:UTC}") String zone) {
    this.schemes = schemes;
    this.grades = grades;
    this.zone = ZoneId.of(zone);
  }

  @Scheduled(cron = "${pyra.analytics.grading-cron:0 30 3 * * *}", zone = "${pyra.time-zone:UTC}")
  @SchedulerLock(name = "analytics.grading", lockAtMostFor = "PT2H")
  void onSchedule() {
    LocalDate today = LocalDate.now(zone);
    for (GradingScheme scheme : schemes.list()) {
      grades.compute(scheme, today);
    }
  }
}
