package io.pyra.marketing.web;

import io.pyra.marketing.campaign.RecordCost;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of an actual cost on a campaign's page. */
public class CostForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate spentOn;

  private BigDecimal amount;

  @Size(max = 3)
  private String currency;

  @Size(max = 300)
  private String note;

  RecordCost command() {
    return new RecordCost(spentOn, amount, currency, note);
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public void setSpentOn(LocalDate spentOn) {
    this.spentOn = spentOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
