package io.pyra.marketing;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.user.UserAccount;
import io.pyra.platform.Ids;
import io.pyra.testing.ApiClient;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers (through the customer API) and leads (rows of marketing_lead, as the lead module will
 * write them) with the addresses and consents a mailing test needs, and audiences and mailings over
 * the API. Every name, address and phone is new.
 */
final class MailingPeople {

  private final CampaignStaff staff;
  private final JdbcClient jdbc;

  MailingPeople(CampaignStaff staff, JdbcClient jdbc) {
    this.staff = staff;
    this.jdbc = jdbc;
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  static String email(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "@mail.test";
  }

  static String phone() {
    return "+86139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }

  /**
   * A customer of {@code owner} in {@code unit} tagged {@code tag}; {@code email} and {@code phone}
   * may be null; {@code emailConsent}/{@code smsConsent} null records no consent at all.
   */
  UUID customer(
      String name,
      String email,
      String phone,
      Boolean emailConsent,
      Boolean smsConsent,
      String tag,
      UserAccount owner,
      OrgUnit unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("ownerId", owner.id());
    body.put("orgUnitId", unit.id());
    body.put("tags", List.of(tag));
    body.put("duplicateReason", "mailing test");
    if (email != null) {
      body.put("emails", List.of(Map.of("address", email)));
    }
    if (phone != null) {
      body.put("phones", List.of(Map.of("number", phone)));
    }
    List<Map<String, Object>> consents = new ArrayList<>();
    if (emailConsent != null) {
      consents.add(Map.of("channel", "EMAIL", "granted", emailConsent, "source", "test"));
    }
    if (smsConsent != null) {
      consents.add(Map.of("channel", "SMS", "granted", smsConsent, "source", "test"));
    }
    body.put("consents", consents);
    ApiClient.Response created = staff.admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** A lead of the campaign, owned by {@code owner} in {@code unit}. */
  UUID lead(
      UUID campaignId,
      String name,
      String email,
      String phone,
      boolean emailConsent,
      boolean smsConsent,
      UserAccount owner,
      OrgUnit unit) {
    UUID id = Ids.newId();
    jdbc.sql(
            """
            insert into marketing_lead (id, campaign_id, source, name, phone, email, status, consent_email,
              consent_sms, consent_phone, owner_id, org_unit_id, version, created_at, updated_at)
            values (:id, :campaign, 'WEB_FORM', :name, :phone, :email, 'NEW', :ce, :cs, false, :owner, :unit,
              0, :now, :now)""")
        .param("id", id)
        .param("campaign", campaignId)
        .param("name", name)
        .param("phone", phone)
        .param("email", email)
        .param("ce", emailConsent)
        .param("cs", smsConsent)
        .param("owner", owner.id())
        .param("unit", unit.id())
        .param("now", Instant.now().atOffset(ZoneOffset.UTC))
        .update();
    return id;
  }

  /** An audience saved over the API by {@code api}; answers its id. */
  static UUID audience(ApiClient api, String name, String filter, UUID leadCampaignId) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("customers", filter != null);
    body.put("filterQuery", filter);
    body.put("leadCampaignId", leadCampaignId);
    ApiClient.Response created = api.post("/api/v1/marketing/audiences", body);
    if (created.status() != 201) {
      throw new IllegalStateException("audience not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  static Map<String, Object> mailing(
      UUID campaignId, UUID audienceId, String channel, String subject, String body) {
    Map<String, Object> mailing = new HashMap<>();
    mailing.put("campaignId", campaignId);
    mailing.put("audienceId", audienceId);
    mailing.put("channel", channel);
    mailing.put("language", "en");
    mailing.put("subject", subject);
    mailing.put("body", body);
    return mailing;
  }

  /** A mailing written over the API by {@code api}; answers its id. */
  static UUID draft(
      ApiClient api,
      UUID campaignId,
      UUID audienceId,
      String channel,
      String subject,
      String body) {
    ApiClient.Response created =
        api.post("/api/v1/mailings", mailing(campaignId, audienceId, channel, subject, body));
    if (created.status() != 201) {
      throw new IllegalStateException("mailing not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  boolean consent(UUID customerId, String channel) {
    return jdbc.sql(
            "select granted from customer_consent where customer_id = :id and channel = :channel")
        .param("id", customerId)
        .param("channel", channel)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  boolean leadEmailConsent(UUID leadId) {
    return jdbc.sql("select consent_email from marketing_lead where id = :id")
        .param("id", leadId)
        .query(Boolean.class)
        .single();
  }

  long counter(UUID campaignId, String kind) {
    return jdbc.sql(
            "select count from marketing_campaign_counter where campaign_id = :c and kind = :k")
        .param("c", campaignId)
        .param("k", kind)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }
}
