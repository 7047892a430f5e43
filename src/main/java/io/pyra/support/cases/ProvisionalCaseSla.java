package io.pyra.support.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * PROVISIONAL (replaced when the SLA policies and business calendars land): the shipped targets on
 * a clock that never stops.
 */
@Component
class ProvisionalCaseSla implements CaseSla {

  @Override
  public SlaTarget target(String grade, Severity severity, String serviceCategory) {
    boolean serious = severity == Severity.SERIOUS;
    return switch (Priority.gradeOrLowest(grade)) {
      case "A" -> hours(serious ? 2 : 4, serious ? 27 : 36);
      case "B" -> hours(serious ? 4 : 9, serious ? 36 : 45);
      default -> hours(serious ? 4 : 9, serious ? 36 : 45);
    };
  }

  private static SlaTarget hours(int response, int resolution) {
    return new SlaTarget(null, Duration.ofHours(response), Duration.ofHours(resolution));
  }

  @Override
  public WorkingTime clockFor(UUID orgUnitId) {
    return new WorkingTime() {
      @Override
      public Instant plus(Instant start, Duration working) {
        return start.plus(working);
      }

      @Override
      public Duration between(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
      }
    };
  }

  @Override
  public int warningPercent() {
    return 75;
  }

  @Override
  public Duration secondEscalationAfter() {
    return Duration.ofHours(4);
  }
}
