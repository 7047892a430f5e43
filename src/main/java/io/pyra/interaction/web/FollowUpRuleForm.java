package io.pyra.interaction.web;

import io.pyra.interaction.value.FollowUpRule;
import io.pyra.interaction.value.FollowUpRules;
import io.pyra.interaction.value.SaveFollowUpRule;
import jakarta.validation.constraints.Size;

/**
 * The follow-up rule form: a tier or a grade (two choices, one to be made), the days as typed, the
 * active flag and the note for the task.
 */
public class FollowUpRuleForm {

  @Size(max = 10)
  private String tier;

  @Size(max = 10)
  private String grade;

  @Size(max = 10)
  private String maxDays;

  @Size(max = 10)
  private String dueInDays = "1";

  private boolean active = true;

  @Size(max = FollowUpRules.NOTE_MAX)
  private String note;

  private Long version;

  static FollowUpRuleForm of(FollowUpRule rule) {
    FollowUpRuleForm form = new FollowUpRuleForm();
    form.tier = rule.tier();
    form.grade = rule.grade();
    form.maxDays = String.valueOf(rule.maxDays());
    form.dueInDays = String.valueOf(rule.dueInDays());
    form.active = rule.active();
    form.note = rule.note();
    form.version = rule.version();
    return form;
  }

  SaveFollowUpRule command() {
    return new SaveFollowUpRule(
        tier, grade, number(maxDays), number(dueInDays), active, note, version);
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

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public String getMaxDays() {
    return maxDays;
  }

  public void setMaxDays(String maxDays) {
    this.maxDays = maxDays;
  }

  public String getDueInDays() {
    return dueInDays;
  }

  public void setDueInDays(String dueInDays) {
    this.dueInDays = dueInDays;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
