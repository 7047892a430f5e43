package io.pyra.scheduling.web;

import io.pyra.scheduling.setup.SaveSetupProfile;
import io.pyra.scheduling.setup.SetupProfile;

/** The profile form's fields (the code only when new) and the version read. */
public class SetupProfileForm {

  private String code;
  private String name;
  private String operatingSystem;
  private String software;
  private String securityPolicy;
  private Long version;

  static SetupProfileForm of(SetupProfile p) {
    SetupProfileForm form = new SetupProfileForm();
    form.code = p.code();
    form.name = p.name();
    form.operatingSystem = p.operatingSystem();
    form.software = p.software();
    form.securityPolicy = p.securityPolicy();
    form.version = p.version();
    return form;
  }

  SaveSetupProfile command() {
    return new SaveSetupProfile(code, name, operatingSystem, software, securityPolicy);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOperatingSystem() {
    return operatingSystem;
  }

  public void setOperatingSystem(String operatingSystem) {
    this.operatingSystem = operatingSystem;
  }

  public String getSoftware() {
    return software;
  }

  public void setSoftware(String software) {
    this.software = software;
  }

  public String getSecurityPolicy() {
    return securityPolicy;
  }

  public void setSecurityPolicy(String securityPolicy) {
    this.securityPolicy = securityPolicy;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
