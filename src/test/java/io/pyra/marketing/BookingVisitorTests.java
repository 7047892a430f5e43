package io.pyra.marketing;

import static io.pyra.marketing.MailingPeople.phone;
import static io.pyra.marketing.MailingPeople.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The booking form's visitor picker: typing a name or a phone finds the leads and the customers the
 * agent may see (another branch's are not named), at most ten of each; choosing one fills the
 * form's hidden id and shows the name; the lead page's "Book a visit" ({@code ?leadId=}) still
 * arrives with its lead chosen.
 */
@PyraIntegrationTest
class BookingVisitorTests {

  static final Map<String, String> HTMX = Map.of("HX-Request", "true");

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  MailingPeople people;
  OrgUnit branch;
  OrgUnit otherBranch;
  UserAccount agent;
  UserAccount stranger;
  PageClient pages;
  String family;

  @BeforeEach
  void setUp() {
    CampaignStaff staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    people = new MailingPeople(staff, jdbc);
    branch = staff.org().branch();
    otherBranch = staff.org().branch();
    agent = staff.user(branch, "CALL_CENTRE_AGENT");
    stranger = staff.user(otherBranch, "CALL_CENTRE_AGENT");
    pages = staff.pages(agent);
    family = unique("Zq");
  }

  private UUID lead(String name, String phone, UserAccount owner, OrgUnit unit) {
    return people.lead(null, name, null, phone, false, false, owner, unit);
  }

  private UUID customer(String name, String phone, UserAccount owner, OrgUnit unit) {
    return people.customer(name, null, phone, null, null, unique("t"), owner, unit);
  }

  @Test
  void theAgentFindsTheLeadsAndCustomersItMaySeeAndChoosesOne() {
    String leadPhone = phone();
    UUID seenLead = lead(family + " Lead", leadPhone, agent, branch);
    UUID hiddenLead = lead(family + " Hidden Lead", phone(), stranger, otherBranch);
    UUID seenCustomer = customer(family + " Customer", phone(), agent, branch);
    UUID hiddenCustomer = customer(family + " Hidden Customer", phone(), stranger, otherBranch);

    PageClient.Page found = pages.get("/appointments/new/visitors?q=" + family, HTMX);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).doesNotContain("<html");
    Document matches = found.document();
    assertThat(matches.select(".visitor-choice .visitor-name").eachText())
        .containsExactlyInAnyOrder(family + " Lead", family + " Customer");
    assertThat(matches.select("#choice-" + seenLead).attr("data-kind")).isEqualTo("LEAD");
    assertThat(matches.select("#choice-" + seenCustomer).attr("data-kind")).isEqualTo("CUSTOMER");
    assertThat(found.body())
        .doesNotContain(hiddenLead.toString(), hiddenCustomer.toString(), "Hidden");

    // by the phone, as typed without the country code
    Document byPhone =
        pages.get("/appointments/new/visitors?q=" + leadPhone.substring(3), HTMX).document();
    assertThat(byPhone.select(".visitor-choice .visitor-name").eachText())
        .containsExactly(family + " Lead");
    assertThat(
            pages
                .get("/appointments/new/visitors?q=" + unique("Wx"), HTMX)
                .document()
                .select("#no-visitors"))
        .hasSize(1);

    Document chosen =
        pages.get(matches.select("#choice-" + seenCustomer).attr("hx-get"), HTMX).document();
    assertThat(chosen.select("#customerId").val()).isEqualTo(seenCustomer.toString());
    assertThat(chosen.select("#leadId").val()).isEmpty();
    assertThat(chosen.select("#chosen-visitor .visitor-name").text())
        .isEqualTo(family + " Customer");
    Element emptied = chosen.selectFirst("#visitor-results");
    assertThat(emptied).isNotNull();
    assertThat(emptied.attr("hx-swap-oob")).isEqualTo("true");
    assertThat(emptied.children()).isEmpty();

    // an id the agent may not see is not named, nor kept
    Document refused = pages.get("/appointments/new/visitor?leadId=" + hiddenLead, HTMX).document();
    assertThat(refused.select("#chosen-visitor")).isEmpty();
    assertThat(refused.select("#leadId").val()).isEmpty();
    assertThat(refused.text()).doesNotContain("Hidden");
  }

  @Test
  void atMostTenOfEachAreOffered() {
    for (int i = 0; i < 12; i++) {
      lead(family + " Many " + i, phone(), agent, branch);
    }
    Document matches =
        pages.get("/appointments/new/visitors?q=" + family + "%20Many", HTMX).document();
    assertThat(matches.select(".visitor-choice[data-kind=LEAD]")).hasSize(10);
  }

  @Test
  void theLeadPagesBookAVisitLinkArrivesWithTheLeadChosen() {
    UUID lead = lead(family + " Booked", phone(), agent, branch);
    Document form = pages.get("/appointments/new?leadId=" + lead).document();
    assertThat(form.select("#leadId").val()).isEqualTo(lead.toString());
    assertThat(form.select("#chosen-visitor .visitor-name").text()).isEqualTo(family + " Booked");
    assertThat(form.select("#visitor-search").attr("hx-get"))
        .isEqualTo("/appointments/new/visitors");
  }
}
