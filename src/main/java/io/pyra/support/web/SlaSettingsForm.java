package io.pyra.support.web;

import io.pyra.support.policy.SaveSlaSettings;
import jakarta.validation.constraints.Size;

/**
 * The SLA settings form: the warning share in percent, whether a breach escalates, the working
 * hours to the second level ({@code 4} or {@code 1:30}), the breach team's code (blank: none).
 */
public class SlaSettingsForm {

  @Size(max = 10)
  private String warningPercent;

  private boolean escalateOnBreach = true;

  @Size(max = 40)
  private String secondEscalationAfter;

  @Size(max = 60)
  private String breachTeam;

  private Long version;

  SaveSlaSettings command() {
    return new SaveSlaSettings(
        number(warningPercent),
        escalateOnBreach,
        SlaPolicyForm.iso(secondEscalationAfter),
        breachTeam,
        version);
  }

  /** A whole number, or -1 (out of range) for text that is not one, or null when empty. */
  private static Integer number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public String getWarningPercent() {
    return warningPercent;
  }

  public void setWarningPercent(String warningPercent) {
    this.warningPercent = warningPercent;
  }

  public boolean isEscalateOnBreach() {
    return escalateOnBreach;
  }

  public void setEscalateOnBreach(boolean escalateOnBreach) {
    this.escalateOnBreach = escalateOnBreach;
  }

  public String getSecondEscalationAfter() {
    return secondEscalationAfter;
  }

  public void setSecondEscalationAfter(String secondEscalationAfter) {
    this.secondEscalationAfter = secondEscalationAfter;
  }

  public String getBreachTeam() {
    return breachTeam;
  }

  public void setBreachTeam(String breachTeam) {
    this.breachTeam = breachTeam;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
