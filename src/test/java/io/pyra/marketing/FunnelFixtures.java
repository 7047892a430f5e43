package io.pyra.marketing;

import io.pyra.testing.ApiClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leads and appointments for the funnel tests, written with plain SQL into the marketing tables:
 * fixture data (the lead and appointment APIs land separately). Customers, orders, payments and
 * refunds go through the customer and sales REST APIs as the administrator. Every row is kept here
 * too, so the tests compute the expected figures from their own rows.
 */
final class FunnelFixtures {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final ApiClient admin;
  final List<Lead> leads = new ArrayList<>();
  final List<Visit> visits = new ArrayList<>();
  final List<Sale> sales = new ArrayList<>();

  FunnelFixtures(JdbcClient jdbc, ApiClient admin) {
    this.jdbc = jdbc;
    this.admin = admin;
  }

  record Lead(
      UUID id,
      UUID campaignId,
      String source,
      UUID centreId,
      UUID ownerId,
      UUID orgUnitId,
      ZonedDateTime createdAt,
      UUID customerId) {

    LocalDate day() {
      return createdAt.withZoneSameInstant(ZONE).toLocalDate();
    }
  }

  record Visit(
      UUID id,
      Lead lead,
      UUID customerId,
      UUID centreId,
      UUID consultantId,
      ZonedDateTime bookedAt,
      ZonedDateTime startsAt,
      String status,
      ZonedDateTime arrivedAt,
      boolean consulted) {}

  /** A sale (or a refund: negative, not a sale) of a customer on a day, in the base currency. */
  record Sale(UUID customerId, LocalDate day, BigDecimal amount, boolean sale) {}

  static ZonedDateTime at(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE);
  }

  Lead lead(
      UUID campaignId,
      String source,
      UUID centreId,
      UUID ownerId,
      UUID orgUnitId,
      String createdAt,
      UUID customerId) {
    Lead lead =
        new Lead(
            UUID.randomUUID(),
            campaignId,
            source,
            centreId,
            ownerId,
            orgUnitId,
            at(createdAt),
            customerId);
    OffsetDateTime created = lead.createdAt().toOffsetDateTime();
    jdbc.sql(
            """
            insert into marketing_lead (id, campaign_id, source, name, phone, centre_id, status,
              consent_email, consent_sms, consent_phone, customer_id, owner_id, org_unit_id,
              version, created_at, updated_at, converted_at)
            values (:id, :campaign, :source, :name, '+8613800000000', :centre, :status, false, false,
              false, :customer, :owner, :unit, 0, :created, :created, :converted)""")
        .param("id", lead.id())
        .param("campaign", campaignId)
        .param("source", source)
        .param("name", "Lead " + lead.id().toString().substring(0, 8))
        .param("centre", centreId)
        .param("status", customerId == null ? "NEW" : "CONVERTED")
        .param("customer", customerId)
        .param("owner", ownerId)
        .param("unit", orgUnitId)
        .param("created", created)
        .param("converted", customerId == null ? null : created.plusDays(1))
        .update();
    leads.add(lead);
    return lead;
  }

  Visit visit(
      Lead lead,
      UUID customerId,
      UUID centreId,
      UUID consultantId,
      UUID bookedBy,
      String bookedAt,
      String startsAt,
      String status,
      String arrivedAt,
      boolean consulted) {
    Visit visit =
        new Visit(
            UUID.randomUUID(),
            lead,
            customerId,
            centreId,
            consultantId,
            at(bookedAt),
            at(startsAt),
            status,
            arrivedAt == null ? null : at(arrivedAt),
            consulted);
    jdbc.sql(
            """
            insert into marketing_appointment (id, lead_id, customer_id, campaign_id, centre_id,
              consultant_id, starts_at, ends_at, status, booked_by, arrived_at, consultation_record_id,
              outcome, version, created_at, updated_at)
            values (:id, :lead, :customer, :campaign, :centre, :consultant, :starts, :ends, :status,
              :bookedBy, :arrived, :record, null, 0, :booked, :booked)""")
        .param("id", visit.id())
        .param("lead", lead.id())
        .param("customer", customerId)
        .param("campaign", lead.campaignId())
        .param("centre", centreId)
        .param("consultant", consultantId)
        .param("starts", visit.startsAt().toOffsetDateTime())
        .param("ends", visit.startsAt().plusHours(1).toOffsetDateTime())
        .param("status", status)
        .param("bookedBy", bookedBy)
        .param("arrived", arrivedAt == null ? null : visit.arrivedAt().toOffsetDateTime())
        .param("record", consulted ? UUID.randomUUID() : null)
        .param("booked", visit.bookedAt().toOffsetDateTime())
        .update();
    visits.add(visit);
    return visit;
  }

  /** A customer through the customer API. */
  UUID customer(String name, UUID ownerId, UUID orgUnitId) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
    body.put("ownerId", ownerId);
    body.put("orgUnitId", orgUnitId);
    ApiClient.Response created = admin.post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A signed order through the sales API, paid in full on its day; answers its id. */
  UUID order(UUID customerId, String day, String amount, String currency) {
    Map<String, Object> line = new HashMap<>();
    line.put("description", "English course");
    line.put("quantity", "1");
    line.put("unitPrice", amount);
    line.put("unitCost", "0");
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("kind", "ORDER");
    body.put("status", "SIGNED");
    body.put("orderedAt", day + "T10:00:00+08:00");
    body.put("currency", currency);
    body.put("lines", List.of(line));
    ApiClient.Response created = admin.post("/api/v1/orders", body);
    if (created.status() != 201) {
      throw new IllegalStateException("order not created: " + created.body());
    }
    String id = created.json().get("id").asString();
    ApiClient.Response paid =
        admin.post(
            "/api/v1/orders/" + id + "/payments",
            Map.of("amount", amount, "paidAt", day, "method", "CASH"));
    if (paid.status() != 201) {
      throw new IllegalStateException("payment not recorded: " + paid.body());
    }
    sales.add(new Sale(customerId, LocalDate.parse(day), new BigDecimal(amount), true));
    return UUID.fromString(id);
  }

  /** A refund of part of a paid order through the sales API. */
  void refund(UUID customerId, UUID orderId, String day, String amount) {
    ApiClient.Response refunded =
        admin.post(
            "/api/v1/orders/" + orderId + "/refunds",
            Map.of("amount", amount, "reason", "Course moved", "refundedAt", day));
    if (refunded.status() != 201) {
      throw new IllegalStateException("refund not recorded: " + refunded.body());
    }
    sales.add(new Sale(customerId, LocalDate.parse(day), new BigDecimal(amount).negate(), false));
  }
}
