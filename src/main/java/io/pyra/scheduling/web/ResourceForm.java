package io.pyra.scheduling.web;

import io.pyra.scheduling.resource.ResourceRow;
import io.pyra.scheduling.resource.SaveResource;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The resource form (new and edit); carries the version the user read. */
public class ResourceForm {

  @Size(max = 12)
  private String kind;

  @Size(max = 40)
  private String code;

  @Size(max = 200)
  private String name;

  private UUID orgUnitId;
  private Integer capacity;

  @Size(max = 500)
  private String equipment;

  private UUID userId;

  @Size(max = 500)
  private String skills;

  @Size(max = 1000)
  private String note;

  @Size(max = 100)
  private List<UUID> courseIds = new ArrayList<>();

  private Long version;

  static ResourceForm of(ResourceRow row, List<UUID> courses) {
    ResourceForm form = new ResourceForm();
    form.kind = row.kind().name();
    form.code = row.code();
    form.name = row.name();
    form.orgUnitId = row.orgUnitId();
    form.capacity = row.capacity();
    form.equipment = row.equipment();
    form.userId = row.userId();
    form.skills = row.skills();
    form.note = row.note();
    form.courseIds = new ArrayList<>(courses);
    form.version = row.version();
    return form;
  }

  SaveResource command() {
    return new SaveResource(
        kind, code, name, orgUnitId, capacity, equipment, userId, skills, note, courseIds);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
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

  public UUID getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(UUID orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getEquipment() {
    return equipment;
  }

  public void setEquipment(String equipment) {
    this.equipment = equipment;
  }

  public UUID getUserId() {
    return userId;
  }

  public void setUserId(UUID userId) {
    this.userId = userId;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<UUID> getCourseIds() {
    return courseIds;
  }

  public void setCourseIds(List<UUID> courseIds) {
    this.courseIds = courseIds == null ? new ArrayList<>() : courseIds;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
