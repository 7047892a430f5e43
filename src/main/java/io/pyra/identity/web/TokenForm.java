package io.pyra.identity.web;

import jakarta.validation.constraints.Size;

/** A new personal API token: its name and for how many days it is valid. */
public class TokenForm {

  @Size(max = 100)
  private String name;

  @Size(max = 10)
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
