package io.pyra.marketing;

import static io.pyra.marketing.CampaignStaff.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.marketing.mailing.CampaignCounters;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign's public lead form against the whole application, as a visitor's browser and a load
 * balancer in front of Pyra send it (every request names its client in {@code X-Forwarded-For}; the
 * test context trusts this machine as the proxy and allows 5 posts per address): the form in
 * English and Chinese without a session, a post that leaves a lead of the campaign, bad posts
 * answered naming the field and storing nothing, the honeypot, the throttle per client address, and
 * a campaign without an open form.
 */
@PyraIntegrationTest
class WebFormTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;
  @Autowired CampaignCounters counters;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  CampaignStaff staff;
  OrgUnit branch;
  UserAccount marketer;
  String campaignCode;
  UUID campaignId;

  @BeforeEach
  void setUp() {
    staff = new CampaignStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.org().branch();
    marketer = staff.user(branch, "MARKETING");
    campaignCode = code();
    campaignId = activeCampaign(campaignCode);
  }

  @Test
  void aVisitorSeesTheFormInTheirLanguageWithoutASession() throws Exception {
    HttpResponse<String> english = get("/forms/leads/" + campaignCode, "en", address());
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(english.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'")
        .contains("form-action 'self'");
    Document page = Jsoup.parse(english.body());
    assertThat(page.select("#form-title").text()).isEqualTo("Web form " + campaignCode);
    assertThat(page.select("label[for=name]").text()).isEqualTo("Your name");
    assertThat(page.select("#centre option").eachText())
        .containsExactly("Any centre", branch.name());
    assertThat(page.select("input[name=_csrf]")).isEmpty();

    HttpResponse<String> chinese =
        get("/forms/leads/" + campaignCode + "?language=zh-CN", "en", address());
    assertThat(chinese.headers().firstValue("Set-Cookie")).isEmpty();
    Document zh = Jsoup.parse(chinese.body());
    assertThat(zh.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(zh.select("label[for=name]").text()).isEqualTo("您的姓名");
    assertThat(zh.select("input[name=language]").val()).isEqualTo("zh-CN");
  }

  @Test
  void aPostLeavesALeadOfTheCampaign() throws Exception {
    Map<String, String> fields = valid("Li Na");
    fields.put("phone", "138 1234 5678");
    fields.put("email", "Li.Na@Example.COM");
    fields.put("centre", branch.code());
    fields.put("emailOptIn", "true");
    HttpResponse<String> posted = post(campaignCode, fields, address());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
    assertThat(posted.headers().firstValue("Set-Cookie")).isEmpty();
    String thanks = posted.headers().firstValue("Location").orElseThrow();
    assertThat(thanks).endsWith("/forms/leads/" + campaignCode + "/thanks?language=en");
    Document page =
        Jsoup.parse(get(URI.create(thanks).getPath() + "?language=en", "en", address()).body());
    assertThat(page.select("#form-thanks").text()).startsWith("Thank you!");

    Map<String, Object> lead =
        jdbc.sql(
                """
                select source, name, phone, email, centre_id, status, consent_email, consent_sms,
                       consent_phone, owner_id, org_unit_id from marketing_lead where campaign_id = ?""")
            .param(campaignId)
            .query()
            .singleRow();
    assertThat(lead.get("source")).isEqualTo("WEB_FORM");
    assertThat(lead.get("name")).isEqualTo("Li Na");
    assertThat(lead.get("phone")).isEqualTo("+8613812345678");
    assertThat(lead.get("email")).isEqualTo("li.na@example.com");
    assertThat(lead.get("centre_id")).isEqualTo(branch.id());
    assertThat(lead.get("status")).isEqualTo("NEW");
    assertThat(lead.get("consent_email")).isEqualTo(true);
    assertThat(lead.get("consent_sms")).isEqualTo(false);
    assertThat(lead.get("consent_phone")).isEqualTo(true);
    assertThat(lead.get("owner_id")).isEqualTo(marketer.id());
    assertThat(lead.get("org_unit_id")).isEqualTo(branch.id());
    // the campaign counts the sign-up (and the form's page was opened once here: the thanks page is
    // not the form)
    assertThat(counter("SIGNED_UP")).isEqualTo(1);
    get("/forms/leads/" + campaignCode, "en", address());
    assertThat(counter("LANDING_PAGE_OPENED")).isEqualTo(1);
  }

  /** The campaign's figure as the mailing's page shows it. */
  private long counter(String kind) {
    return counters.of(campaignId).get(CampaignCounters.Kind.valueOf(kind));
  }

  @Test
  void badPostsNameTheFieldInTheVisitorsLanguageAndStoreNothing() throws Exception {
    Map<String, String> noName = valid(" ");
    assertRefused(noName, "en", "name", "Name: please enter your name.");
    Map<String, String> unreachable = valid("Wang Fang");
    unreachable.remove("phone");
    assertRefused(unreachable, "en", "phone", "Phone or e-mail: please give at least one");
    Map<String, String> badPhone = valid("Wang Fang");
    badPhone.put("phone", "12");
    assertRefused(badPhone, "zh-CN", "phone", "电话：这不是可以拨打的电话号码。");
    Map<String, String> badMail = valid("Wang Fang");
    badMail.put("email", "not-an-address");
    assertRefused(badMail, "en", "email", "E-mail: this is not an e-mail address.");
    Map<String, String> noConsent = valid("Wang Fang");
    noConsent.remove("contactConsent");
    assertRefused(noConsent, "zh-CN", "contactConsent", "同意：请同意我们与您联系");
    Map<String, String> strangeCentre = valid("Wang Fang");
    strangeCentre.put("centre", "NO_SUCH_CENTRE");
    assertRefused(
        strangeCentre, "en", "centre", "Preferred centre: please choose one of the list.");
    Map<String, String> longName = valid("x".repeat(201));
    assertRefused(longName, "en", "name", "200");
    assertThat(leads()).isZero();
  }

  @Test
  void theHoneypotIsAnsweredAsReceivedAndStoresNothing() throws Exception {
    Map<String, String> robot = valid("Robot");
    robot.put("website", "http://spam.example");
    HttpResponse<String> posted = post(campaignCode, robot, address());
    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(leads()).isZero();
  }

  @Test
  void oneAddressPastItsLimitIsRefusedWhileOthersGoOn() throws Exception {
    String flooding = address();
    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> posted = post(campaignCode, valid("Visitor " + i), flooding);
      assertThat(posted.statusCode()).as("post " + i).isEqualTo(303);
    }
    HttpResponse<String> refused = post(campaignCode, valid("Visitor 6"), flooding);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    assertThat(Jsoup.parse(refused.body()).select("#form-throttled").text())
        .startsWith("Too many forms were sent from your address.");
    assertThat(leads()).isEqualTo(5);
    // the header is believed from the trusted proxy only as far as the proxy saw it: an address the
    // client wrote in front of it changes nothing
    HttpResponse<String> spoofed =
        post(campaignCode, valid("Visitor 7"), address() + ", " + flooding);
    assertThat(spoofed.statusCode()).isEqualTo(429);
    assertThat(post(campaignCode, valid("Someone else"), address()).statusCode()).isEqualTo(303);
    assertThat(leads()).isEqualTo(6);
  }

  @Test
  void aCampaignWithoutAnOpenFormAnswersNotFound() throws Exception {
    String planned = code();
    staff.record(marketer, planned);
    HttpResponse<String> page = get("/forms/leads/" + planned, "en", address());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(page.body()).select("#form-closed").text())
        .isEqualTo("This campaign does not take sign-ups (any more).");
    assertThat(post(planned, valid("Late"), address()).statusCode()).isEqualTo(404);
    assertThat(get("/forms/leads/NO-SUCH-CODE", "en", address()).statusCode()).isEqualTo(404);
    assertThat(get("/forms/leads/" + "x".repeat(500), "en", address()).statusCode()).isEqualTo(404);
  }

  private void assertRefused(
      Map<String, String> fields, String language, String field, String message) throws Exception {
    fields.put("language", language);
    HttpResponse<String> refused = post(campaignCode, fields, address());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select("#" + field).hasClass("is-invalid")).as(field).isTrue();
    assertThat(page.select("#form-errors li").eachText()).anyMatch(text -> text.contains(message));
    assertThat(page.select("html").attr("lang")).isEqualTo(language);
  }

  private UUID activeCampaign(String code) {
    ApiClient api = staff.api(marketer);
    Map<String, Object> body = CampaignStaff.campaign(code, "Web form " + code);
    body.put("startsOn", LocalDate.now().minusDays(1).toString());
    body.put("endsOn", LocalDate.now().plusDays(30).toString());
    ApiClient.Response created = api.post("/api/v1/campaigns", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asString());
    ApiClient.Response moved =
        api.post("/api/v1/campaigns/" + id + "/status", Map.of("status", "ACTIVE"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return id;
  }

  private long leads() {
    return jdbc.sql("select count(*) from marketing_lead where campaign_id = ?")
        .param(campaignId)
        .query(Long.class)
        .single();
  }

  private static Map<String, String> valid(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("phone", "13812345678");
    fields.put("message", "Spring term for my son");
    fields.put("contactConsent", "true");
    fields.put("website", "");
    return fields;
  }

  /** A client address of its own for each call: as many visitors behind the load balancer. */
  private static String address() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private HttpResponse<String> get(String path, String language, String client) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", language)
            .header("X-Forwarded-For", client)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String code, Map<String, String> fields, String client)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/forms/leads/" + code))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
