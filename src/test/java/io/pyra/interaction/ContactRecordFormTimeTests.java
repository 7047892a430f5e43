package io.pyra.interaction;

import static io.pyra.interaction.InteractionStaff.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The time field of the contact form shows the minute; a time left as shown is not moved to the
 * start of that minute: a new record keeps the moment the form was opened, a corrected one its own
 * time.
 */
@PyraIntegrationTest
class ContactRecordFormTimeTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  InteractionStaff staff;
  UserAccount agent;
  PageClient pages;
  ApiClient api;
  String customerId;

  @BeforeEach
  void setUp() {
    staff = new InteractionStaff(orgUnits, users, roles, port);
    agent = staff.user(staff.branch().id(), "CALL_CENTRE_AGENT");
    pages = staff.pages(agent);
    api = staff.as(agent);
    customerId = staff.customer(agent, null).get("id").asString();
  }

  @Test
  void aRecordLoggedWithTheTimeAsShownIsLoggedAtTheMomentTheFormWasOpened() {
    Instant beforeOpening = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Map<String, String> form =
        fieldsOf(pages.get("/customers/" + customerId + "/interactions/new").document());
    Instant afterOpening = Instant.now();
    form.put("type", "COURSE_INQUIRY");
    form.put("subject", "Asked about the evening class");

    PageClient.Page saved = pages.post("/customers/" + customerId + "/interactions", form);

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    Instant at = occurredAt(saved.location());
    assertThat(at).as("not the start of the minute shown").isBetween(beforeOpening, afterOpening);
  }

  @Test
  void aCorrectionOfTheSubjectAloneKeepsTheRecordsTimeToTheMicrosecond() {
    Instant logged =
        Instant.now()
            .minus(2, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusSeconds(42)
            .plusNanos(123_456_000);
    Map<String, Object> body = record(customerId, "HELP_REQUEST", null);
    body.put("occurredAt", logged.toString());
    String id = api.post("/api/v1/interactions", body).json().get("id").asString();
    Map<String, String> form = fieldsOf(pages.get("/interactions/" + id + "/edit").document());
    form.put("subject", "Corrected subject");

    PageClient.Page saved = pages.post("/interactions/" + id, form);

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(occurredAt("/interactions/" + id)).isEqualTo(logged);
  }

  @Test
  void aTimeTypedOnThePageIsTheMinuteTyped() {
    Map<String, String> form =
        fieldsOf(pages.get("/customers/" + customerId + "/interactions/new").document());
    form.put("type", "COURSE_INQUIRY");
    form.put("subject", "Called yesterday");
    form.put("occurredAt", "2026-01-05T09:30");

    PageClient.Page saved = pages.post("/customers/" + customerId + "/interactions", form);

    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(occurredAt(saved.location()).toString()).endsWith(":30:00Z");
  }

  /** The time of the record whose page is at {@code location}, read over the API. */
  private Instant occurredAt(String location) {
    String id = location.substring(location.lastIndexOf('/') + 1);
    return Instant.parse(api.get("/api/v1/interactions/" + id).json().get("occurredAt").asString());
  }

  /**
   * The fields of the record form as a browser sends them: inputs (ticked boxes only) and the
   * chosen options.
   */
  private static Map<String, String> fieldsOf(Document page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Element form = page.selectFirst("form#record-form");
    for (Element input : form.select("input[name]")) {
      if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
        fields.put(input.attr("name"), input.val());
      }
    }
    for (Element select : form.select("select[name]")) {
      Element chosen = select.selectFirst("option[selected]");
      fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
    }
    for (Element text : form.select("textarea[name]")) {
      fields.put(text.attr("name"), text.text());
    }
    return fields;
  }
}
