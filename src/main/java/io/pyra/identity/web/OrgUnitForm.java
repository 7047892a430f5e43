package io.pyra.identity.web;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.SaveOrgUnit;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The org-unit form of the create and edit page; {@code version} is the one the page showed. */
public class OrgUnitForm {

  private UUID parentId;
  private OrgUnitKind kind;

  @Size(max = 40)
  private String code;

  @Size(max = 200)
  private String name;

  @Size(max = 60)
  private String timeZone;

  /** Checked by the service (a two-letter country code), so a long text gets the same message. */
  private String region;

  private Long version;

  static OrgUnitForm of(OrgUnit unit) {
    OrgUnitForm form = new OrgUnitForm();
    form.parentId = unit.parentId();
    form.kind = unit.kind();
    form.code = unit.code();
    form.name = unit.name();
    form.timeZone = unit.timeZone().getId();
    form.region = unit.region();
    form.version = unit.version();
    return form;
  }

  SaveOrgUnit toCommand() {
    return new SaveOrgUnit(parentId, kind, code, name, timeZone, region, version);
  }

  public UUID getParentId() {
    return parentId;
  }

  public void setParentId(UUID parentId) {
    this.parentId = parentId;
  }

  public OrgUnitKind getKind() {
    return kind;
  }

  public void setKind(OrgUnitKind kind) {
    this.kind = kind;
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

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
