package io.pyra.analytics.web;

import io.pyra.analytics.grading.GradeOverrides;
import jakarta.validation.constraints.Size;

/** The page's form of a manager's grade for a customer; the service checks the rules. */
public class OverrideForm {

  @Size(max = 10)
  private String grade = "A";

  @Size(max = GradeOverrides.REASON_MAX)
  private String reason;

  @Size(max = 20)
  private String expiresOn;

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(String expiresOn) {
    this.expiresOn = expiresOn;
  }
}
