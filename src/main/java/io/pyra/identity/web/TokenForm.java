package io.pyra.identity.web;

/** A new personal API token: its name and for how many days it is valid. */
public class TokenForm {

  private String name;
  private String lifetimeDays = "30";

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLifetimeDays() {
    return lifetimeDays;
  }

  public void setLifetimeDays(String lifetimeDays) {
    this.lifetimeDays = lifetimeDays;
  }
}
