package io.pyra.identity.web;

import jakarta.validation.constraints.Size;

/** The change of one's own password: the current one, the new one twice. */
public class PasswordForm {

  @Size(max = 200)
  private String currentPassword;
  @Size(max = 200)
  private String newPassword;
  @Size(max = 200)
  private String repeatPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
