package io.pyra.interaction.web;

import io.pyra.interaction.policy.PolicyView;
import io.pyra.interaction.policy.SaveFollowUpPolicy;
import jakarta.validation.constraints.Size;

/**
 * The policy form: the role (on create), the most return visits and the period in days. Numbers as
 * typed.
 */
public class FollowUpPolicyForm {

  @Size(max = 40)
  private String role;

  @Size(max = 10)
  private String maxReturnVisits;

  @Size(max = 10)
  private String periodDays = "7";

  private Long version;

  static FollowUpPolicyForm of(PolicyView view) {
    FollowUpPolicyForm form = new FollowUpPolicyForm();
    form.role = view.role().code();
    form.maxReturnVisits = String.valueOf(view.maxReturnVisits());
    form.periodDays = String.valueOf(view.periodDays());
    form.version = view.version();
    return form;
  }

  SaveFollowUpPolicy command() {
    return new SaveFollowUpPolicy(role, number(maxReturnVisits), number(periodDays), version);
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

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getMaxReturnVisits() {
    return maxReturnVisits;
  }

  public void setMaxReturnVisits(String maxReturnVisits) {
    this.maxReturnVisits = maxReturnVisits;
  }

  public String getPeriodDays() {
    return periodDays;
  }

  public void setPeriodDays(String periodDays) {
    this.periodDays = periodDays;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
