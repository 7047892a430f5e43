package io.pyra.marketing.lead;

import io.pyra.customer.ConsentChannel;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.NewPerson;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.OpportunityId;
import io.pyra.sales.SalesApi;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts a lead into a customer: makes a new person customer from it or links one the user may
 * read, optionally opens an opportunity for that customer, and marks the lead CONVERTED with both
 * ids, all in one transaction (a refused customer or opportunity leaves the lead as it was). A lead
 * converts once; its history then shows on the customer's timeline.
 */
@Service
@Transactional
public class LeadConversion {

  public static final int TITLE_MAX = 200;

  private final LeadService service;
  private final LeadRepository leads;
  private final LeadHistory history;
  private final LeadAccess access;
  private final CustomerApi customers;
  private final SalesApi sales;

  LeadConversion(
      LeadService service,
      LeadRepository leads,
      LeadHistory history,
      LeadAccess access,
      CustomerApi customers,
      SalesApi sales) {
    this.service = service;
    this.leads = leads;
    this.history = history;
    this.access = access;
    this.customers = customers;
    this.sales = sales;
  }

  /** Converts the lead read at {@code version} (null: whatever it is now). */
  public Lead convert(UUID id, Long version, ConvertLead command) {
    service.writable(id);
    Lead lead = leads.findLocked(id).orElseThrow();
    if (version != null && lead.version() != version) {
      throw new StaleVersionException(LeadService.RECORD_TYPE, version, lead.version());
    }
    if (!lead.status().open()) {
      throw new BusinessRuleException(
          "status", "converted", "lead.conversion.closed", lead.status().name());
    }
    String title = LeadRules.clean(command.opportunityTitle());
    if (title != null && title.length() > TITLE_MAX) {
      throw new BusinessRuleException(
          "opportunityTitle", "size", "lead.conversion.title.size", TITLE_MAX);
    }
    String reason = LeadRules.clean(command.duplicateReason());
    if (reason != null && reason.length() > LeadRules.REASON_MAX) {
      throw new BusinessRuleException(
          "duplicateReason", "size", "lead.duplicateReason.size", LeadRules.REASON_MAX);
    }
    CustomerId customer;
    boolean linked = command.customerId() != null;
    if (linked) {
      customer = new CustomerId(command.customerId());
      if (!customers.reaches("customer.read", customer)) {
        throw new BusinessRuleException(
            "customerId", "not-found", "lead.conversion.customer.not-found");
      }
    } else {
      customer = customers.createPerson(person(lead, reason));
    }
    OpportunityId opportunity =
        title == null
            ? null
            : sales.openOpportunity(customer, title, new UserId(access.me()), lead.notes());
    LeadStatus from = lead.status();
    Instant now = Instant.now();
    lead.convert(customer.value(), opportunity == null ? null : opportunity.value(), now);
    leads.saveAndFlush(lead);
    history.record(
        lead.id(),
        LeadEventKind.CONVERTED,
        from,
        LeadStatus.CONVERTED,
        access.me(),
        (linked ? "linked customer " : "new customer ")
            + customer.value()
            + (opportunity == null ? "" : ", opportunity " + opportunity.value()),
        now);
    return lead;
  }

  private static NewPerson person(Lead lead, String reason) {
    Set<ConsentChannel> consents = EnumSet.noneOf(ConsentChannel.class);
    if (lead.consentEmail()) {
      consents.add(ConsentChannel.EMAIL);
    }
    if (lead.consentSms()) {
      consents.add(ConsentChannel.SMS);
    }
    if (lead.consentPhone()) {
      consents.add(ConsentChannel.PHONE);
    }
    return new NewPerson(
        lead.name(),
        Stream.of(lead.phone(), lead.phoneOther()).filter(Objects::nonNull).toList(),
        Stream.of(lead.email()).filter(Objects::nonNull).toList(),
        consents,
        "lead " + lead.id(),
        new UserId(lead.ownerId()),
        new OrgUnitId(lead.orgUnitId()),
        reason);
  }
}
