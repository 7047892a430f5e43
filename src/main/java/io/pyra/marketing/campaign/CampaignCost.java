package io.pyra.marketing.campaign;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One actual cost of a campaign: what was spent on a day, in a currency, with a note. */
@Entity
@Table(name = "marketing_campaign_cost")
public class CampaignCost {

  @Id private UUID id;

  @Column(name = "spent_on")
  private LocalDate spentOn;

  private BigDecimal amount;

  private String currency;

  private String note;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected CampaignCost() {}

  CampaignCost(
      LocalDate spentOn,
      BigDecimal amount,
      String currency,
      String note,
      UUID createdBy,
      Instant now) {
    this.id = Ids.newId();
    this.spentOn = spentOn;
    this.amount = amount;
    this.currency = currency;
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public LocalDate spentOn() {
    return spentOn;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public String note() {
    return note;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
