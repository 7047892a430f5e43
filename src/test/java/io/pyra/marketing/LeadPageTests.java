package io.pyra.marketing;

import static io.pyra.marketing.LeadStaff.email;
import static io.pyra.marketing.LeadStaff.lead;
import static io.pyra.marketing.LeadStaff.mobile;
import static io.pyra.marketing.LeadStaff.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lead pages against the whole application: an agent records a lead with the form, finds it in
 * the list (the htmx request gets the fragment only), moves it with the buttons (an illegal move is
 * refused with the reason) and disqualifies it, its history growing on its page; a lead without a
 * phone or e-mail comes back with the reason in English and Chinese; likely duplicates are shown
 * with a link and saved only with a reason; a principal converts a lead from its page; another
 * branch's lead is not found.
 */
@PyraIntegrationTest
class LeadPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  LeadStaff staff;
  OrgUnit branch;
  UserAccount agent;
  PageClient pages;

  @BeforeEach
  void setUp() {
    staff = new LeadStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.org().branch();
    agent = staff.user(branch, "CALL_CENTRE_AGENT");
    pages = staff.pages(agent);
  }

  @Test
  void anAgentRecordsALeadFindsItMovesItAndDisqualifiesIt() {
    Document form = pages.get("/leads/new").document();
    assertThat(form.select("#source option")).hasSize(8);
    assertThat(form.select("#centreId option[value=" + branch.id() + "]")).hasSize(1);

    String leadName = name("Page");
    String phone = mobile();
    Map<String, String> fields = fields(leadName, phone, "");
    fields.put("centreId", branch.id().toString());
    fields.put("consentSms", "true");
    PageClient.Page created = pages.post("/leads", fields);
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    String path = created.location().replaceFirst("^https?://[^/]+", "");

    Document detail = pages.get(path).document();
    assertThat(detail.select("#lead-name").text()).isEqualTo(leadName);
    assertThat(detail.select("#lead-status").text()).isEqualTo("New");
    assertThat(detail.select("#lead-phone").text()).isEqualTo("+86" + phone);
    assertThat(detail.select("#lead-centre").text()).isEqualTo(branch.name());
    assertThat(detail.select("#lead-consents").text()).isEqualTo("May be sent SMS");
    assertThat(detail.select(".history-entry")).hasSize(1);

    Document list = pages.get("/leads?q=" + phone).document();
    assertThat(list.select("#lead-table tbody tr")).hasSize(1);
    assertThat(list.select("#lead-filters")).hasSize(1);
    PageClient.Page fragment = pages.get("/leads?q=" + phone, Map.of("HX-Request", "true"));
    assertThat(fragment.body()).doesNotContain("<html").doesNotContain("lead-filters");
    assertThat(fragment.document().select("#lead-table tbody tr")).hasSize(1);
    assertThat(pages.get("/leads?status=ARRIVED&q=" + phone).document().select("#no-leads"))
        .hasSize(1);

    String version = detail.select("#status-moves input[name=version]").first().val();
    assertThat(
            pages
                .post(path + "/status", Map.of("status", "CONTACTED", "version", version))
                .status())
        .isEqualTo(302);
    Document contacted = pages.get(path).document();
    assertThat(contacted.select("#lead-status").text()).isEqualTo("Contacted");
    assertThat(contacted.select("#move-APPOINTMENT_BOOKED")).hasSize(1);
    PageClient.Page illegal = pages.post(path + "/status", Map.of("status", "ARRIVED"));
    assertThat(illegal.status()).isEqualTo(422);
    assertThat(illegal.document().select("#action-error").text())
        .isEqualTo("Status: a lead cannot move from CONTACTED to ARRIVED.");

    pages.get(path);
    PageClient.Page out =
        pages.post(
            path + "/disqualification", Map.of("reason", "UNREACHABLE", "note", "No answer"));
    assertThat(out.status()).isEqualTo(302);
    Document disqualified = pages.get(path).document();
    assertThat(disqualified.select("#lead-status").text()).isEqualTo("Disqualified");
    assertThat(disqualified.select("#lead-disqualify-reason").text())
        .isEqualTo("Unreachable No answer");
    assertThat(disqualified.select(".history-entry")).hasSize(3);
    assertThat(disqualified.select("#convert-form")).isEmpty();
  }

  @Test
  void aLeadWithoutAPhoneOrEMailComesBackWithTheReasonInEnglishAndChinese() {
    long before = staff.leadCount();
    pages.get("/leads/new");
    PageClient.Page refused = pages.post("/leads", fields(name("Mute"), "", ""));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#phone-error").text())
        .isEqualTo(
            "Phone: a lead needs a phone or an e-mail address to be reached; give at least one.");

    PageClient chinese =
        new PageClient(port)
            .signIn(
                staff
                    .org()
                    .member(branch)
                    .roles("CALL_CENTRE_AGENT")
                    .speaking("zh-CN")
                    .create()
                    .username(),
                OrgFixtures.PASSWORD);
    assertThat(chinese.get("/leads").document().select("h1").first().text()).isEqualTo("线索");
    chinese.get("/leads/new");
    Document zh = chinese.post("/leads", fields(name("Mute"), "", "")).document();
    assertThat(zh.select("#phone-error").text()).isEqualTo("电话：线索需要电话或邮箱才能联系，请至少填写一项。");
    assertThat(zh.select("label[for=name]").text()).isEqualTo("姓名");
    assertThat(staff.leadCount()).isEqualTo(before);
  }

  @Test
  void likelyDuplicatesAreShownWithALinkAndSavedOnlyWithAReason() {
    String mail = email();
    ApiLead first = new ApiLead(staff, agent, name("Dup"), mail);
    long before = staff.leadCount();

    pages.get("/leads/new");
    Map<String, String> fields = fields(name("Other"), "", mail);
    PageClient.Page warned = pages.post("/leads", fields);
    assertThat(warned.status()).isEqualTo(409);
    Document page = warned.document();
    assertThat(page.select("#duplicates .duplicate")).hasSize(1);
    assertThat(page.select("#duplicates .open-duplicate").attr("href"))
        .isEqualTo("/leads/" + first.id());
    assertThat(page.select("#duplicates").text()).contains("same e-mail");
    assertThat(staff.leadCount()).isEqualTo(before);

    fields.put("duplicateReason", "A sibling sharing the address");
    fields.put("saveAnyway", "1");
    PageClient.Page saved = pages.post("/leads", fields);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(staff.leadCount()).isEqualTo(before + 1);
    Document detail = pages.get(saved.location().replaceFirst("^https?://[^/]+", "")).document();
    assertThat(detail.select(".history-entry[data-kind=DUPLICATES_IGNORED]").text())
        .contains("A sibling sharing the address");
  }

  @Test
  void aPrincipalConvertsALeadFromItsPage() {
    UserAccount principal = staff.user(branch, "CENTRE_PRINCIPAL");
    PageClient principalPages = staff.pages(principal);
    UUID id = staff.record(principal, name("Convert"));
    String path = "/leads/" + id;

    Document detail = principalPages.get(path).document();
    String version = detail.select("#convert-form input[name=version]").val();
    PageClient.Page converted =
        principalPages.post(
            path + "/conversion",
            Map.of("version", version, "opportunityTitle", "Business English"));
    assertThat(converted.status()).as(converted.body()).isEqualTo(302);
    Document after = principalPages.get(path).document();
    assertThat(after.select("#lead-status").text()).isEqualTo("Converted");
    assertThat(after.select("#lead-customer").attr("href")).startsWith("/customers/");
    assertThat(after.select("#lead-opportunity")).hasSize(1);
    assertThat(after.select("#convert-form")).isEmpty();

    // a second conversion (a stale page) is refused with the reason
    PageClient.Page again = principalPages.post(path + "/conversion", Map.of());
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.document().select("#action-error").text())
        .isEqualTo("Status: the lead is CONVERTED and cannot be converted.");
  }

  @Test
  void anotherBranchsLeadIsNotFound() {
    UUID id = staff.record(agent, name("Elsewhere"));
    PageClient other = staff.pages(staff.user(staff.org().branch(), "CALL_CENTRE_AGENT"));
    assertThat(other.get("/leads/" + id).status()).isEqualTo(404);
    assertThat(other.get("/leads/" + id + "/edit").status()).isEqualTo(404);
    assertThat(pages.get("/leads/" + id + "/edit").status()).isEqualTo(200);
  }

  private static Map<String, String> fields(String name, String phone, String email) {
    Map<String, String> fields = new HashMap<>();
    fields.put("source", "PHONE");
    fields.put("name", name);
    fields.put("phone", phone);
    fields.put("phoneOther", "");
    fields.put("email", email);
    fields.put("notes", "Called about weekend classes");
    return fields;
  }

  /** A lead recorded through the API with an e-mail only. */
  private record ApiLead(UUID id) {
    ApiLead(LeadStaff staff, UserAccount user, String name, String mail) {
      this(create(staff, user, name, mail));
    }

    private static UUID create(LeadStaff staff, UserAccount user, String name, String mail) {
      var created = staff.api(user).post("/api/v1/leads", lead(name, null, mail));
      if (created.status() != 201) {
        throw new IllegalStateException("lead not created: " + created.body());
      }
      return UUID.fromString(created.json().get("id").asString());
    }
  }
}
