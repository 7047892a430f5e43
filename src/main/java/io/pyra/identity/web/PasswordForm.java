package io.pyra.identity.web;

import jakarta.validation.constraints.Size;

/**
 * The change of one's own password: the current one, the new one twice, and whether to keep the API
 * tokens one made oneself (all others end with the old password).
 */
public class PasswordForm {

  @Size(max = 200)
  private String currentPassword;

  @Size(max = 200)
  private String newPassword;

  @Size(max = 200)
  private String repeatPassword;

  private boolean keepPersonalTokens;

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

  public boolean isKeepPersonalTokens() {
    return keepPersonalTokens;
  }

  public void setKeepPersonalTokens(boolean keepPersonalTokens) {
    this.keepPersonalTokens = keepPersonalTokens;
  }
}
