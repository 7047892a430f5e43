package io.pyra.marketing;

import static io.pyra.marketing.AppointmentStaff.at;
import static io.pyra.marketing.AppointmentStaff.booking;
import static io.pyra.marketing.AppointmentStaff.postIfMatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.platform.audit.AuditEntries;
import io.pyra.platform.audit.AuditEntry;
import io.pyra.platform.audit.AuditEntryInWords;
import io.pyra.platform.audit.AuditFilter;
import io.pyra.platform.audit.AuditReader;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log reads marketing's changes in words, in English and Chinese: a lead moved to
 * contacted, an appointment booked and cancelled (its consultant by name) and a draft mailing
 * changed, each by its kind, its name and its fields' labels, with coded values by their labels.
 */
@PyraIntegrationTest
class MarketingAuditWordsTests {

  static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired AuditEntries auditEntries;
  @Autowired AuditReader auditReader;

  @Test
  void aLeadMovedToContactedReadsInWords() {
    LeadStaff staff = new LeadStaff(orgUnits, users, roles, jdbc, port);
    UserAccount agent = staff.user(staff.org().branch(), "CALL_CENTRE_AGENT");
    String name = LeadStaff.name("Audit");
    UUID lead = staff.record(agent, name);
    ApiClient.Response moved =
        staff.api(agent).post("/api/v1/leads/" + lead + "/status", Map.of("status", "CONTACTED"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);

    AuditEntryInWords english = update("marketing_lead", lead, Locale.ENGLISH);
    assertThat(english.kind()).isEqualTo("Lead");
    assertThat(english.recordName()).isEqualTo(name);
    assertThat(english.actor()).isEqualTo(agent.displayName());
    assertThat(changes(english)).containsEntry("Status", "New → Contacted");

    AuditEntryInWords chinese = update("marketing_lead", lead, CHINESE);
    assertThat(chinese.kind()).isEqualTo("线索");
    assertThat(changes(chinese)).containsEntry("状态", "新线索 → 已联系");

    AuditEntryInWords created = entry("marketing_lead", lead, "CREATE", Locale.ENGLISH);
    assertThat(changes(created))
        .containsKeys("Name", "Phone", "Source", "May be e-mailed", "Owner")
        .doesNotContainKeys("consentEmail", "Consent email", "ownerId", "Owner id");
  }

  @Test
  void anAppointmentBookedAndCancelledReadsInWords() {
    AppointmentStaff staff = new AppointmentStaff(orgUnits, users, roles, jdbc, port);
    OrgUnit centre = staff.org().branch("Asia/Shanghai");
    UserAccount consultant = staff.user(centre, "COURSE_CONSULTANT");
    UserAccount agent = staff.user(staff.org().branch(), "CALL_CENTRE_AGENT");
    staff.hours(centre, LocalTime.of(9, 0), LocalTime.of(18, 0));
    String visitor = LeadStaff.name("Visitor");
    UUID lead = staff.lead(visitor, null, "+8613800005555");
    LocalDate day = LocalDate.now(ZONE).plusDays(5);
    ApiClient.Response booked =
        staff.book(agent, booking(lead, null, centre, consultant, at(day, 10, 0, "Asia/Shanghai")));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    UUID id = UUID.fromString(booked.json().get("id").asString());
    ApiClient.Response cancelled =
        postIfMatch(
            staff.api(agent),
            "/api/v1/appointments/" + id + "/cancellation",
            Map.of("note", "Ill"),
            booked.header("ETag"));
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

    AuditEntryInWords english = update("marketing_appointment", id, Locale.ENGLISH);
    assertThat(english.kind()).isEqualTo("Appointment");
    assertThat(english.recordName()).isEqualTo(visitor);
    assertThat(changes(english)).containsEntry("Status", "Booked → Cancelled");

    AuditEntryInWords chinese = update("marketing_appointment", id, CHINESE);
    assertThat(chinese.kind()).isEqualTo("预约");
    assertThat(changes(chinese)).containsEntry("状态", "已预约 → 已取消");

    Map<String, String> created =
        changes(entry("marketing_appointment", id, "CREATE", Locale.ENGLISH));
    assertThat(created)
        .containsEntry("Consultant", "null → " + consultant.displayName())
        .containsEntry("Booked by", "null → " + agent.displayName())
        .containsEntry("Lead", "null → " + visitor)
        .containsEntry("Centre", "null → " + centre.name());
    assertThat(changes(entry("marketing_appointment", id, "CREATE", CHINESE)))
        .containsEntry("顾问", "null → " + consultant.displayName());
  }

  @Test
  void aDraftMailingChangedReadsInWords() {
    CampaignStaff staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    UserAccount marketer = staff.user(staff.org().branch(), "MARKETING");
    ApiClient api = staff.api(marketer);
    UUID campaign = staff.record(marketer, CampaignStaff.code());
    UUID audience = MailingPeople.audience(api, MailingPeople.unique("Words"), null, campaign);
    UUID mailing = MailingPeople.draft(api, campaign, audience, "EMAIL", "Before", "Hi {name}");
    String path = "/api/v1/mailings/" + mailing;
    ApiClient.Response changed =
        api.put(
            path,
            MailingPeople.mailing(campaign, audience, "SMS", null, "Hi {name}"),
            api.get(path).header("ETag"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    AuditEntryInWords english = entry("marketing_mailing", mailing, "UPDATE", Locale.ENGLISH);
    assertThat(english.kind()).isEqualTo("Mailing");
    assertThat(english.actor()).isEqualTo(marketer.displayName());
    assertThat(changes(english))
        .containsEntry("Channel", "E-mail → SMS")
        .containsEntry("Subject", "Before → null");
    assertThat(changes(entry("marketing_mailing", mailing, "UPDATE", CHINESE)))
        .containsEntry("渠道", "电子邮件 → 短信");
  }

  /** The change of the record's status (other updates, such as a notice sent, are left). */
  private AuditEntryInWords update(String type, UUID id, Locale locale) {
    return read(type, id, locale).stream()
        .filter(w -> w.entry().action().equals("UPDATE"))
        .filter(w -> w.changes().stream().anyMatch(c -> c.field().equals("status")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change of status of " + type + " " + id));
  }

  private List<AuditEntryInWords> read(String type, UUID id, Locale locale) {
    List<AuditEntry> entries =
        auditEntries.find(new AuditFilter(null, type, id.toString(), null, null), null, 20).items();
    return auditReader.read(entries, locale, ZONE);
  }

  private AuditEntryInWords entry(String type, UUID id, String action, Locale locale) {
    return read(type, id, locale).stream()
        .filter(w -> w.entry().action().equals(action))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " of " + type + " " + id));
  }

  private static Map<String, String> changes(AuditEntryInWords words) {
    Map<String, String> changes = new HashMap<>();
    words.changes().forEach(c -> changes.put(c.label(), c.before() + " → " + c.after()));
    return changes;
  }
}
