package io.pyra.scheduling.setup;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the set-up warnings every minute ({@code pyra.scheduling.setup-warnings.interval}) on one
 * node at a time, on the application's {@link Clock} (the system's when none is declared); {@code
 * pyra.scheduling.setup-warnings.enabled=false} turns the schedule off.
 */
@Component
@ConditionalOnProperty(
    name = "pyra.scheduling.setup-warnings.enabled",
    havingValue = "true",
    matchIfMissing = true)
class SetupWarningSchedule {

  private final SetupWarnings warnings;
  private final Clock clock;

  SetupWarningSchedule(SetupWarnings warnings, ObjectProvider<Clock> clock) {
    this.warnings = warnings;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Scheduled(
      fixedDelayString = "${pyra.scheduling.setup-warnings.interval:PT1M}",
      initialDelayString = "${pyra.scheduling.setup-warnings.initial-delay:PT1M}")
  @SchedulerLock(name = "scheduling.setup-warnings", lockAtMostFor = "PT10M")
  public void run() {
    warnings.warnDue(clock);
  }
}
