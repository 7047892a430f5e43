package io.pyra.marketing.web;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRecordTypes;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.IdentityRecordTypes;
import io.pyra.platform.audit.AuditRecordWords;
import io.pyra.sales.CatalogueItemId;
import io.pyra.sales.SalesApi;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Campaigns and their costs, channels, leads, appointments, mailings and audiences in the audit
 * log's words: a campaign by its code and name, a lead by its name, an appointment by its visitor
 * (the lead's name, else the customer's), a mailing by its campaign's code and its subject;
 * statuses, sources, reasons, outcomes, channels and languages by their labels; owners, centres,
 * consultants, customers and a lead's interest (a course or category) by their names.
 */
@Component
class MarketingAuditWords implements AuditRecordWords {

  private static final String CAMPAIGN = "marketing_campaign";
  private static final String COST = "marketing_campaign_cost";
  private static final String CHANNEL = "marketing_channel";
  private static final String LEAD = "marketing_lead";
  private static final String APPOINTMENT = "marketing_appointment";
  private static final String MAILING = "marketing_mailing";
  private static final String AUDIENCE = "marketing_audience";
  private static final String USER = IdentityRecordTypes.USER;
  private static final String ORG_UNIT = IdentityRecordTypes.ORG_UNIT;
  private static final String CUSTOMER = CustomerRecordTypes.CUSTOMER;

  /** The status labels of each record type: {@code lead.status.NEW}. */
  private static final Map<String, String> STATUS =
      Map.of(
          CAMPAIGN, "campaign.status.",
          LEAD, "lead.status.",
          APPOINTMENT, "appointment.status.",
          MAILING, "mailing.status.");

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final CustomerApi customers;
  private final SalesApi sales;

  MarketingAuditWords(
      JdbcClient jdbc, MessageSource messages, CustomerApi customers, SalesApi sales) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.customers = customers;
    this.sales = sales;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(CAMPAIGN, COST, CHANNEL, LEAD, APPOINTMENT, MAILING, AUDIENCE);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    boolean chinese = locale.getLanguage().equals("zh");
    return switch (recordType) {
      case CAMPAIGN ->
          AuditRecordWords.namesById(
              jdbc,
              "select id, code || ' ' || name from marketing_campaign where id in (:ids)",
              ids);
      case COST ->
          AuditRecordWords.namesById(
              jdbc,
              """
              select c.id, m.code || ' ' || m.name from marketing_campaign_cost c
                join marketing_campaign m on m.id = c.campaign_id where c.id in (:ids)""",
              ids);
      case CHANNEL ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, name_zh from marketing_channel where id in (:ids)"
                  : "select id, name_en from marketing_channel where id in (:ids)",
              ids);
      case LEAD ->
          AuditRecordWords.namesById(
              jdbc, "select id, name from marketing_lead where id in (:ids)", ids);
      case APPOINTMENT -> visitors(ids);
      case MAILING ->
          AuditRecordWords.namesById(
              jdbc,
              """
              select g.id, m.code || ' ' || coalesce(g.subject, m.name) from marketing_mailing g
                join marketing_campaign m on m.id = g.campaign_id where g.id in (:ids)""",
              ids);
      case AUDIENCE ->
          AuditRecordWords.namesById(
              jdbc, "select id, name from marketing_audience where id in (:ids)", ids);
      default -> Map.of();
    };
  }

  /** An appointment by its visitor: the lead's name, else the customer's. */
  private Map<String, String> visitors(Set<String> ids) {
    Map<String, String> names = new HashMap<>();
    jdbc.sql(
            """
            select a.id, l.name, a.customer_id from marketing_appointment a
              left join marketing_lead l on l.id = a.lead_id where a.id in (:ids)""")
        .param("ids", ids.stream().map(UUID::fromString).toList())
        .query(
            rs -> {
              String name = rs.getString(2);
              UUID customer = rs.getObject(3, UUID.class);
              if (name == null && customer != null) {
                name = customers.find(new CustomerId(customer)).map(CustomerRef::name).orElse(null);
              }
              if (name != null && !name.isBlank()) {
                names.put(rs.getObject(1, UUID.class).toString(), name);
              }
            });
    return names;
  }

  @Override
  public Map<String, String> references(String recordType) {
    return switch (recordType) {
      case CAMPAIGN ->
          Map.of(
              "channelId", CHANNEL,
              "audienceOrgUnitId", ORG_UNIT,
              "ownerId", USER,
              "orgUnitId", ORG_UNIT,
              "createdBy", USER,
              "costs", COST);
      case COST -> Map.of("createdBy", USER);
      case CHANNEL -> Map.of("parentId", CHANNEL);
      case LEAD ->
          Map.of(
              "campaignId", CAMPAIGN,
              "centreId", ORG_UNIT,
              "customerId", CUSTOMER,
              "ownerId", USER,
              "orgUnitId", ORG_UNIT,
              "createdBy", USER);
      case APPOINTMENT ->
          Map.of(
              "leadId", LEAD,
              "customerId", CUSTOMER,
              "campaignId", CAMPAIGN,
              "centreId", ORG_UNIT,
              "consultantId", USER,
              "bookedBy", USER,
              "receivedBy", USER);
      case MAILING -> Map.of("campaignId", CAMPAIGN, "audienceId", AUDIENCE);
      default -> Map.of();
    };
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    if (field.equals("interestProductId") || field.equals("interestCategoryId")) {
      return interest(value, locale);
    }
    String key =
        switch (field) {
          case "status" -> STATUS.get(recordType);
          case "source" -> LEAD.equals(recordType) ? "lead.source." : null;
          case "disqualifyReason" -> "lead.reason.";
          case "outcome" -> "appointment.outcome.";
          case "channel" -> MAILING.equals(recordType) ? "mailing.channel." : null;
          case "language" -> MAILING.equals(recordType) ? "locale." : null;
          default -> null;
        };
    return key == null ? null : messages.getMessage(key + value, null, null, locale);
  }

  /** A lead's interest (a course or a category of the catalogue) by its name. */
  private String interest(String value, Locale locale) {
    try {
      return sales
          .catalogueItem(new CatalogueItemId(UUID.fromString(value)))
          .map(item -> item.name().in(locale))
          .orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
