package io.pyra.marketing.web;

import io.pyra.marketing.campaign.CampaignRow;
import io.pyra.marketing.campaign.SaveCampaign;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form: one for create and update (the code is typed once, on create). */
public class CampaignForm {

  @Size(max = 40)
  private String code;

  @Size(max = 200)
  private String name;

  @Size(max = 60)
  private String channel;

  private BigDecimal budgetAmount;

  @Size(max = 3)
  private String budgetCurrency;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startsOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate endsOn;

  @Size(max = 500)
  private String audience;

  private UUID audienceOrgUnitId;
  private UUID ownerId;
  private UUID orgUnitId;
  private Long version;

  static CampaignForm of(CampaignRow row) {
    CampaignForm form = new CampaignForm();
    form.code = row.code();
    form.name = row.name();
    form.channel = row.channelCode();
    form.budgetAmount = row.budgetAmount();
    form.budgetCurrency = row.budgetCurrency();
    form.startsOn = row.startsOn();
    form.endsOn = row.endsOn();
    form.audience = row.audience();
    form.audienceOrgUnitId = row.audienceOrgUnitId();
    form.ownerId = row.ownerId();
    form.orgUnitId = row.orgUnitId();
    form.version = row.version();
    return form;
  }

  SaveCampaign command() {
    return new SaveCampaign(
        code,
        name,
        channel,
        budgetAmount,
        budgetCurrency,
        startsOn,
        endsOn,
        audience,
        audienceOrgUnitId,
        ownerId,
        orgUnitId);
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

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public BigDecimal getBudgetAmount() {
    return budgetAmount;
  }

  public void setBudgetAmount(BigDecimal budgetAmount) {
    this.budgetAmount = budgetAmount;
  }

  public String getBudgetCurrency() {
    return budgetCurrency;
  }

  public void setBudgetCurrency(String budgetCurrency) {
    this.budgetCurrency = budgetCurrency;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public UUID getAudienceOrgUnitId() {
    return audienceOrgUnitId;
  }

  public void setAudienceOrgUnitId(UUID audienceOrgUnitId) {
    this.audienceOrgUnitId = audienceOrgUnitId;
  }

  public UUID getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(UUID ownerId) {
    this.ownerId = ownerId;
  }

  public UUID getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(UUID orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
