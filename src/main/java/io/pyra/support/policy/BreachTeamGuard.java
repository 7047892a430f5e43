package io.pyra.support.policy;

import io.pyra.identity.OrgUnitDeletionGuard;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The org unit that breached cases may be reassigned to is not deleted while it is so named. */
@Component
class BreachTeamGuard implements OrgUnitDeletionGuard {

  private final SlaSettingsService settings;

  BreachTeamGuard(SlaSettingsService settings) {
    this.settings = settings;
  }

  @Override
  public Optional<RuleViolation> refuseDeleting(OrgUnitSummary unit) {
    return settings.isBreachTeam(unit.id())
        ? Optional.of(new RuleViolation(null, "breach-team", "sla.breachTeam.in-use"))
        : Optional.empty();
  }
}
