package io.pyra.support.web;

import io.pyra.support.policy.SavePolicy;
import io.pyra.support.policy.SlaPolicy;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * The SLA policy form: grade, severity and service category (blank: any), the targets as working
 * hours typed as {@code 27} or {@code 1:30} (an ISO-8601 duration such as {@code PT2H} is taken as
 * well), the active flag and the version it was opened at.
 */
public class SlaPolicyForm {

  @Size(max = 10)
  private String grade;

  @Size(max = 20)
  private String severity;

  @Size(max = 60)
  private String serviceCategory;

  @Size(max = 40)
  private String firstResponseTarget;

  @Size(max = 40)
  private String resolutionTarget;

  private boolean active = true;

  private Long version;

  static SlaPolicyForm of(SlaPolicy policy) {
    SlaPolicyForm form = new SlaPolicyForm();
    form.grade = policy.grade();
    form.severity = policy.severity();
    form.serviceCategory = policy.serviceCategory();
    form.firstResponseTarget = hours(policy.firstResponse());
    form.resolutionTarget = hours(policy.resolution());
    form.active = policy.active();
    form.version = policy.version();
    return form;
  }

  SavePolicy command() {
    return new SavePolicy(
        grade,
        severity,
        serviceCategory,
        iso(firstResponseTarget),
        iso(resolutionTarget),
        active,
        version);
  }

  /** 27 hours as "27", 90 minutes as "1:30". */
  static String hours(Duration duration) {
    int minutes = duration.toMinutesPart();
    return minutes == 0
        ? String.valueOf(duration.toHours())
        : duration.toHours() + ":" + (minutes < 10 ? "0" : "") + minutes;
  }

  /** "27" as PT27H, "1:30" as PT1H30M; anything else as typed, for the policies to judge. */
  static String iso(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.matches("\\d{1,6}")) {
      return "PT" + t + "H";
    }
    if (t.matches("\\d{1,6}:[0-5]\\d")) {
      String[] parts = t.split(":");
      return "PT" + parts[0] + "H" + Integer.parseInt(parts[1]) + "M";
    }
    return t;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getServiceCategory() {
    return serviceCategory;
  }

  public void setServiceCategory(String serviceCategory) {
    this.serviceCategory = serviceCategory;
  }

  public String getFirstResponseTarget() {
    return firstResponseTarget;
  }

  public void setFirstResponseTarget(String firstResponseTarget) {
    this.firstResponseTarget = firstResponseTarget;
  }

  public String getResolutionTarget() {
    return resolutionTarget;
  }

  public void setResolutionTarget(String resolutionTarget) {
    this.resolutionTarget = resolutionTarget;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
