package io.pyra.support.policy;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA settings (one row, shipped): read by everyone, changed with {@code support.configure}.
 */
@Service
@Transactional(readOnly = true)
public class SlaSettingsService {

  public static final int WARNING_MIN = 1;
  public static final int WARNING_MAX = 99;

  private final SlaSettingRepository settings;
  private final IdentityApi identity;

  SlaSettingsService(SlaSettingRepository settings, IdentityApi identity) {
    this.settings = settings;
    this.identity = identity;
  }

  public SlaSettings get() {
    SlaSetting row = row();
    return new SlaSettings(
        row.warningPercent(),
        row.escalateOnBreach(),
        row.secondEscalationAfter(),
        OrgUnitId.ofNullable(row.breachTeamId()),
        row.version());
  }

  /** The team a breached case may be reassigned to, if one is set and still exists. */
  public Optional<OrgUnitSummary> breachTeam() {
    SlaSetting row = row();
    return row.breachTeamId() == null
        ? Optional.empty()
        : identity.orgUnit(new OrgUnitId(row.breachTeamId()));
  }

  @Transactional
  public SlaSettings update(SaveSlaSettings command) {
    SlaSetting row = row();
    if (command.version() != null && command.version() != row.version()) {
      throw new StaleVersionException("SLA settings", command.version(), row.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    Integer percent = command.warningPercent();
    if (percent == null) {
      violations.add(new RuleViolation("warningPercent", "required", "sla.warning.required"));
    } else if (percent < WARNING_MIN || percent > WARNING_MAX) {
      violations.add(
          new RuleViolation(
              "warningPercent", "range", "sla.warning.range", WARNING_MIN, WARNING_MAX));
    }
    Duration second =
        WorkingDurations.parse(
            "secondEscalationAfter", command.secondEscalationAfter(), violations);
    OrgUnitId team = null;
    if (command.breachTeam() != null && !command.breachTeam().isBlank()) {
      Optional<OrgUnitSummary> unit = identity.orgUnitByCode(command.breachTeam().strip());
      if (unit.isEmpty()) {
        violations.add(
            new RuleViolation(
                "breachTeam",
                "unknown",
                "sla.breachTeam.unknown",
                WorkingDurations.echo(command.breachTeam())));
      } else {
        team = unit.get().id();
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    row.change(
        percent,
        !Boolean.FALSE.equals(command.escalateOnBreach()),
        second,
        team == null ? null : team.value());
    settings.saveAndFlush(row);
    return get();
  }

  /** Whether the org unit is the breach team (it may then not be deleted). */
  boolean isBreachTeam(OrgUnitId unit) {
    return unit.value().equals(row().breachTeamId());
  }

  private SlaSetting row() {
    return settings.findAll().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the SLA settings row is missing"));
  }
}
