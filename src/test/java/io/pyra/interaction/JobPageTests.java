package io.pyra.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.text.Collator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PyraIntegrationTest
class JobPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  @Test
  void aJobIsAddedFromTheCustomersPageShownWithItsRecordsAndMovedAlongItsLifecycle() {
    InteractionStaff staff = new InteractionStaff(orgUnits, users, roles, port);
    UserAccount assistant = staff.user(staff.branch().id(), "CUSTOMER_SERVICE_ASSISTANT");
    PageClient pages = staff.pages(assistant);
    String customerId = staff.customer(assistant, null).get("id").asString();

    assertThat(
            pages
                .get("/customers/" + customerId)
                .document()
                .select("section#jobs [hx-get]")
                .attr("hx-get"))
        .isEqualTo("/customers/" + customerId + "/jobs/panel");
    Document panel =
        pages
            .get("/customers/" + customerId + "/jobs/panel", Map.of("HX-Request", "true"))
            .document();
    assertThat(panel.select("a.new-job").attr("href"))
        .isEqualTo("/customers/" + customerId + "/jobs/new");

    Document form = pages.get("/customers/" + customerId + "/jobs/new").document();
    assertThat(form.select("#serviceCategory option[value=CONSULTING]").text())
        .isEqualTo("Consulting");
    assertThat(form.select("#status option").eachAttr("value")).containsExactly("OPEN", "ACTIVE");
    // countries by name, sorted by name, the code as the value
    assertThat(form.select("#country option[value=AE]").text()).isEqualTo("United Arab Emirates");
    assertThat(
            form.select("#country option").stream()
                .filter(option -> !option.val().isEmpty())
                .map(option -> option.text())
                .toList())
        .isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
    Map<String, String> fields =
        new HashMap<>(
            Map.of(
                "name",
                "Dubai office training",
                "country",
                "QQ",
                "office",
                "Dubai",
                "serviceCategory",
                "CONSULTING",
                "status",
                "OPEN"));
    assertThat(
            pages
                .post("/customers/" + customerId + "/jobs", fields)
                .document()
                .select("#country-error")
                .text())
        .contains("not an ISO 3166 country code");
    fields.put("country", "AE");
    PageClient.Page saved = pages.post("/customers/" + customerId + "/jobs", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    String path = saved.location().replaceFirst("^https?://[^/]+", "");
    String jobId = path.substring("/jobs/".length());

    staff
        .as(assistant)
        .post(
            "/api/v1/interactions",
            withJob(InteractionStaff.record(customerId, "CONSULTATION", null), jobId));
    Document detail = pages.get(path).document();
    assertThat(detail.select("#job-code").text()).matches("J-\\d{6}");
    // the country by its name, its code kept for machines
    assertThat(detail.select("#job-country").text()).isEqualTo("United Arab Emirates");
    assertThat(detail.select("#job-country").attr("data-country")).isEqualTo("AE");
    assertThat(detail.select(".job-record")).hasSize(1);
    assertThat(
            pages
                .get("/customers/" + customerId + "/jobs/panel", Map.of("HX-Request", "true"))
                .document()
                .select(".job-row")
                .text())
        .contains("Dubai office training");
    assertThat(pages.get("/jobs?q=Dubai%20office").document().select(".job-row").text())
        .contains(detail.select("#job-code").text());

    Document edit = pages.get(path + "/edit").document();
    assertThat(edit.select("#status option").eachAttr("value"))
        .containsExactlyInAnyOrder("OPEN", "ACTIVE", "ON_HOLD", "CANCELLED");
    Map<String, String> change = new HashMap<>(fields);
    change.put("status", "ACTIVE");
    change.put("version", edit.select("#version").attr("value"));
    assertThat(pages.post(path, change).status()).isEqualTo(302);
    assertThat(pages.get(path).document().select("#job-status").text()).isEqualTo("Active");

    PageClient agent = staff.pages(staff.user(staff.branch().id(), "CALL_CENTRE_AGENT"));
    assertThat(agent.get(path).status()).isEqualTo(404);
  }

  private static Map<String, Object> withJob(Map<String, Object> body, String jobId) {
    body.put("jobId", jobId);
    return body;
  }
}
