package io.pyra.marketing.form;

import jakarta.validation.constraints.Size;

/**
 * A public form as posted. Every field may be missing or anything; {@code website} is the honeypot:
 * hidden from people, filled in by robots.
 */
public class LeadFormInput {

  @Size(max = 200)
  private String name;

  @Size(max = 40)
  private String phone;

  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String centre;

  @Size(max = 1000)
  private String message;

  private boolean contactConsent;
  private boolean emailOptIn;
  private boolean smsOptIn;

  @Size(max = 200)
  private String website;

  @Size(max = 10)
  private String language;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCentre() {
    return centre;
  }

  public void setCentre(String centre) {
    this.centre = centre;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public boolean isContactConsent() {
    return contactConsent;
  }

  public void setContactConsent(boolean contactConsent) {
    this.contactConsent = contactConsent;
  }

  public boolean isEmailOptIn() {
    return emailOptIn;
  }

  public void setEmailOptIn(boolean emailOptIn) {
    this.emailOptIn = emailOptIn;
  }

  public boolean isSmsOptIn() {
    return smsOptIn;
  }

  public void setSmsOptIn(boolean smsOptIn) {
    this.smsOptIn = smsOptIn;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
