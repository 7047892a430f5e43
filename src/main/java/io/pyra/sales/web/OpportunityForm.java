package io.pyra.sales.web;

import io.pyra.sales.opportunity.OpportunityRow;
import io.pyra.sales.opportunity.SaveOpportunity;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The opportunity form: on create the stage (which names the pipeline too) and the customer by code
 * unless the page came from the customer; on edit everything but the stage, which moves on the
 * board or the opportunity's page.
 */
public class OpportunityForm {

  @Size(max = 200)
  private String title;

  private UUID customerId;

  @Size(max = 40)
  private String customerCode;

  private UUID contactId;
  private UUID ownerId;
  private UUID stage;
  private BigDecimal amount;

  @Size(max = 3)
  private String currency;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate expectedClose;

  @Size(max = 60)
  private String source;

  @Size(max = 200)
  private String competitor;

  private Integer probability;

  @Size(max = 2000)
  private String notes;

  private Long version;

  static OpportunityForm of(OpportunityRow row) {
    OpportunityForm form = new OpportunityForm();
    form.title = row.title();
    form.customerId = row.customerId();
    form.customerCode = row.customerCode();
    form.contactId = row.contactId();
    form.ownerId = row.ownerId();
    form.stage = row.stageId();
    form.amount = row.shownAmount();
    form.currency = row.currency();
    form.expectedClose = row.expectedClose();
    form.source = row.sourceCode();
    form.competitor = row.competitor();
    form.probability = row.probabilityOverridden() ? row.probability() : null;
    form.notes = row.notes();
    form.version = row.version();
    return form;
  }

  SaveOpportunity command(String pipelineId) {
    return new SaveOpportunity(
        title,
        customerId,
        contactId,
        ownerId,
        pipelineId,
        stage == null ? null : stage.toString(),
        amount,
        currency,
        expectedClose,
        source,
        competitor,
        probability,
        notes);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public void setCustomerId(UUID customerId) {
    this.customerId = customerId;
  }

  public String getCustomerCode() {
    return customerCode;
  }

  public void setCustomerCode(String customerCode) {
    this.customerCode = customerCode;
  }

  public UUID getContactId() {
    return contactId;
  }

  public void setContactId(UUID contactId) {
    this.contactId = contactId;
  }

  public UUID getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(UUID ownerId) {
    this.ownerId = ownerId;
  }

  public UUID getStage() {
    return stage;
  }

  public void setStage(UUID stage) {
    this.stage = stage;
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

  public LocalDate getExpectedClose() {
    return expectedClose;
  }

  public void setExpectedClose(LocalDate expectedClose) {
    this.expectedClose = expectedClose;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getCompetitor() {
    return competitor;
  }

  public void setCompetitor(String competitor) {
    this.competitor = competitor;
  }

  public Integer getProbability() {
    return probability;
  }

  public void setProbability(Integer probability) {
    this.probability = probability;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
