package io.pyra.support.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The one row of settings every SLA policy shares: warning, escalation, breach team. */
@Entity
@Table(name = "support_sla_setting")
class SlaSetting {

  @Id private UUID id;

  @Column(name = "warning_percent")
  private int warningPercent;

  @Column(name = "escalate_on_breach")
  private boolean escalateOnBreach;

  @Convert(converter = SecondsConverter.class)
  @Column(name = "second_escalation_secs")
  private Duration secondEscalationAfter;

  @Column(name = "breach_team_id")
  private UUID breachTeamId;

  @Version private Long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected SlaSetting() {}

  void change(
      int warningPercent,
      boolean escalateOnBreach,
      Duration secondEscalationAfter,
      UUID breachTeamId) {
    this.warningPercent = warningPercent;
    this.escalateOnBreach = escalateOnBreach;
    this.secondEscalationAfter = secondEscalationAfter;
    this.breachTeamId = breachTeamId;
    this.updatedAt = Instant.now();
  }

  UUID id() {
    return id;
  }

  int warningPercent() {
    return warningPercent;
  }

  boolean escalateOnBreach() {
    return escalateOnBreach;
  }

  Duration secondEscalationAfter() {
    return secondEscalationAfter;
  }

  UUID breachTeamId() {
    return breachTeamId;
  }

  long version() {
    return version == null ? 0 : version;
  }
}
