package io.pyra.scheduling.web;

import io.pyra.scheduling.handoff.HandoffTarget;
import io.pyra.scheduling.handoff.SaveHandoffTarget;
import java.util.UUID;

/**
 * The hand-off target form (new and edit); carries the version the user read. The bearer token is
 * never filled in: left empty it keeps the stored one, {@code clearToken} removes it.
 */
public class HandoffForm {

  private String name;
  private UUID orgUnitId;
  private String kind = "FOLDER";
  private String folder;
  private String url;
  private String bearerToken;
  private boolean clearToken;
  private String formats = "BOTH";
  private Integer horizonDays = 14;
  private String scheduleKind = "DAILY";
  private Integer scheduleEvery;
  private String dailyAt = "06:00";
  private boolean active = true;
  private Long version;

  static HandoffForm of(HandoffTarget t) {
    HandoffForm form = new HandoffForm();
    form.name = t.name();
    form.orgUnitId = t.orgUnitId();
    form.kind = t.kind();
    form.folder = t.folder();
    form.url = t.url();
    form.formats = t.formats();
    form.horizonDays = t.horizonDays();
    form.scheduleKind = t.scheduleKind();
    form.scheduleEvery = t.scheduleEvery();
    form.dailyAt = t.dailyAt();
    form.active = t.active();
    form.version = t.version();
    return form;
  }

  SaveHandoffTarget command() {
    String token =
        clearToken ? "" : bearerToken == null || bearerToken.isBlank() ? null : bearerToken;
    return new SaveHandoffTarget(
        name,
        orgUnitId,
        kind,
        folder,
        url,
        token,
        formats,
        horizonDays,
        scheduleKind,
        scheduleEvery,
        dailyAt,
        active);
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

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getBearerToken() {
    return null;
  }

  public void setBearerToken(String bearerToken) {
    this.bearerToken = bearerToken;
  }

  public boolean isClearToken() {
    return clearToken;
  }

  public void setClearToken(boolean clearToken) {
    this.clearToken = clearToken;
  }

  public String getFormats() {
    return formats;
  }

  public void setFormats(String formats) {
    this.formats = formats;
  }

  public Integer getHorizonDays() {
    return horizonDays;
  }

  public void setHorizonDays(Integer horizonDays) {
    this.horizonDays = horizonDays;
  }

  public String getScheduleKind() {
    return scheduleKind;
  }

  public void setScheduleKind(String scheduleKind) {
    this.scheduleKind = scheduleKind;
  }

  public Integer getScheduleEvery() {
    return scheduleEvery;
  }

  public void setScheduleEvery(Integer scheduleEvery) {
    this.scheduleEvery = scheduleEvery;
  }

  public String getDailyAt() {
    return dailyAt;
  }

  public void setDailyAt(String dailyAt) {
    this.dailyAt = dailyAt;
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
