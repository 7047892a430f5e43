package io.pyra.support.cases;

import io.pyra.identity.OrgUnitId;
import io.pyra.support.calendar.BusinessCalendars;
import io.pyra.support.calendar.WorkingClock;
import io.pyra.support.policy.SlaPolicies;
import io.pyra.support.policy.SlaSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A case's service level from the SLA policies (targets per grade, severity and service category;
 * the warning share and the second escalation) on the business calendar of its team (its own, or
 * its nearest ancestor's, or the company's).
 */
@Component
class PolicyCaseSla implements CaseSla {

  private final SlaPolicies policies;
  private final BusinessCalendars calendars;

  PolicyCaseSla(SlaPolicies policies, BusinessCalendars calendars) {
    this.policies = policies;
    this.calendars = calendars;
  }

  @Override
  public SlaTarget target(String grade, Severity severity, String serviceCategory) {
    io.pyra.support.policy.SlaTarget t =
        policies.targetFor(grade, severity.name(), serviceCategory);
    return new SlaTarget(t.policyId(), t.firstResponse(), t.resolution());
  }

  @Override
  public WorkingTime clockFor(UUID orgUnitId) {
    WorkingClock clock = calendars.clockFor(OrgUnitId.ofNullable(orgUnitId));
    return new WorkingTime() {
      @Override
      public Instant plus(Instant start, Duration working) {
        return clock.plus(start, working);
      }

      @Override
      public Duration between(Instant from, Instant to) {
        return clock.between(from, to);
      }
    };
  }

  @Override
  public int warningPercent() {
    return policies.settings().warningPercent();
  }

  @Override
  public BreachRule breachRule() {
    SlaSettings settings = policies.settings();
    return new BreachRule(
        settings.escalateOnBreach(),
        settings.breachTeam() == null ? null : settings.breachTeam().value(),
        settings.secondEscalationAfter());
  }

  @Override
  public Duration secondEscalationAfter() {
    return policies.settings().secondEscalationAfter();
  }
}
