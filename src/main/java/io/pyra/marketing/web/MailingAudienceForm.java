package io.pyra.marketing.web;

import io.pyra.marketing.mailing.AudienceRow;
import io.pyra.marketing.mailing.SaveAudience;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The form of an audience: a name, the customers of a filter, the leads of a campaign. */
public class MailingAudienceForm {

  @Size(max = 200)
  private String name;

  private boolean customers = true;

  @Size(max = 2000)
  private String filterQuery;

  private UUID leadCampaignId;
  private Long version;

  static MailingAudienceForm of(AudienceRow row) {
    MailingAudienceForm form = new MailingAudienceForm();
    form.name = row.name();
    form.customers = row.customers();
    form.filterQuery = row.filterQuery();
    form.leadCampaignId = row.leadCampaignId();
    form.version = row.version();
    return form;
  }

  SaveAudience command() {
    return new SaveAudience(name, customers, filterQuery, leadCampaignId);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isCustomers() {
    return customers;
  }

  public void setCustomers(boolean customers) {
    this.customers = customers;
  }

  public String getFilterQuery() {
    return filterQuery;
  }

  public void setFilterQuery(String filterQuery) {
    this.filterQuery = filterQuery;
  }

  public UUID getLeadCampaignId() {
    return leadCampaignId;
  }

  public void setLeadCampaignId(UUID leadCampaignId) {
    this.leadCampaignId = leadCampaignId;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
