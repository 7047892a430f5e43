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
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The CSV import of leads, all or nothing: a good file records every row (source IMPORT unless the
 * row says otherwise, the centre by its code, phones in E.164); a file with a bad row records
 * nothing and names each broken row and column (API and page, English and Chinese); rows that look
 * like stored leads or like each other stop the import until duplicates are allowed.
 */
@PyraIntegrationTest
class LeadImportTests {

  private static final String HEADER =
      "name,phone,email,source,centre,notes,consent_email,consent_sms,consent_phone\n";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  LeadStaff staff;
  OrgUnit branch;
  UserAccount agent;
  ApiClient api;

  @BeforeEach
  void setUp() {
    staff = new LeadStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.org().branch();
    agent = staff.user(branch, "CALL_CENTRE_AGENT");
    api = staff.api(agent);
  }

  @Test
  void aGoodFileRecordsEveryRow() {
    List<String> names = List.of(name("Imp"), name("Imp"), name("Imp"));
    List<String> phones = List.of(mobile(), mobile(), mobile());
    String csv =
        HEADER
            + names.get(0)
            + ","
            + phones.get(0)
            + ",,,"
            + branch.code()
            + ",Evening,no,yes,no\n"
            + names.get(1)
            + ","
            + phones.get(1)
            + ","
            + email()
            + ",EVENT,,,yes,no,yes\n"
            + "\""
            + names.get(2)
            + "\",\""
            + phones.get(2)
            + "\",,,,\"Wants, a call\",,,\n";
    long before = staff.leadCount();

    ApiClient.Response done = upload(csv, false);

    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("imported").asInt()).isEqualTo(3);
    assertThat(staff.leadCount()).isEqualTo(before + 3);
    JsonNode first = only(phones.get(0));
    assertThat(first.get("name").asString()).isEqualTo(names.get(0));
    assertThat(first.get("source").asString()).isEqualTo("IMPORT");
    assertThat(first.get("centreId").asString()).isEqualTo(branch.id().toString());
    assertThat(first.get("consentSms").asBoolean()).isTrue();
    assertThat(first.get("consentEmail").asBoolean()).isFalse();
    assertThat(first.get("ownerId").asString()).isEqualTo(agent.id().toString());
    JsonNode second = only(phones.get(1));
    assertThat(second.get("source").asString()).isEqualTo("EVENT");
    assertThat(second.get("consentPhone").asBoolean()).isTrue();
    assertThat(only(phones.get(2)).get("notes").asString()).isEqualTo("Wants, a call");
  }

  @Test
  void aFileWithABadRowChangesNothingAndNamesTheRowAndColumn() {
    String csv =
        HEADER
            + name("Good")
            + ","
            + mobile()
            + ",,,,,,,\n"
            + name("Bad")
            + ",12,,,,,,,\n"
            + name("Mute")
            + ",,,,NOWHERE,,maybe,,\n";
    long before = staff.leadCount();

    ApiClient.Response refused = upload(csv, false);

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    List<String> rows = new ArrayList<>();
    refused
        .json()
        .get("rows")
        .forEach(r -> rows.add(r.get("row").asInt() + ":" + r.get("column").asString()));
    assertThat(rows).containsExactlyInAnyOrder("3:phone", "4:centre", "4:consent_email", "4:phone");
    assertThat(staff.leadCount()).isEqualTo(before);

    assertThat(upload("name,colour\nA,red\n", false).refusedFields()).containsKey("file");
    assertThat(upload("name,phone\n", false).refusedFields()).containsEntry("file", "empty");

    PageClient pages = staff.pages(agent);
    pages.get("/leads/import");
    PageClient.Page page =
        pages.postMultipart(
            "/leads/import", Map.of(), "leads.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.document().select(".row-error").eachText())
        .contains("Row 3, phone: Phone: not a phone number (at most 40 characters).");
    PageClient chinese =
        staff.pages(
            staff.org().member(branch).roles("CALL_CENTRE_AGENT").speaking("zh-CN").create());
    chinese.get("/leads/import");
    PageClient.Page zh =
        chinese.postMultipart(
            "/leads/import", Map.of(), "leads.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(zh.document().select(".row-error").eachText())
        .contains("第 3 行，phone：电话：不是有效的电话号码（最多 40 个字符）。");
    assertThat(staff.leadCount()).isEqualTo(before);
  }

  @Test
  void likelyDuplicatesStopTheImportUntilTheyAreAllowed() {
    String mail = email();
    ApiClient.Response stored = api.post("/api/v1/leads", lead(name("Stored"), null, mail));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    String shared = mobile();
    String csv =
        "name,phone,email\n"
            + name("Again")
            + ",,"
            + mail
            + "\n"
            + name("Twin")
            + ","
            + shared
            + ",\n"
            + name("Twin")
            + ","
            + shared
            + ",\n";
    long before = staff.leadCount();

    ApiClient.Response conflict = upload(csv, false);

    assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
    JsonNode rows = conflict.json().get("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("row").asInt()).isEqualTo(2);
    assertThat(rows.get(0).get("matches").get(0).get("id").asString())
        .isEqualTo(stored.json().get("id").asString());
    assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
    assertThat(rows.get(1).get("sameAsRow").asInt()).isEqualTo(3);
    assertThat(staff.leadCount()).isEqualTo(before);

    ApiClient.Response allowed = upload(csv, true);
    assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    assertThat(allowed.json().get("imported").asInt()).isEqualTo(3);
    assertThat(staff.leadCount()).isEqualTo(before + 3);
    only(shared, 2);
    // the later twin and the row like the stored lead say so in their history; the first twin not
    assertThat(ignored("phone", "+86" + shared)).isEqualTo(1);
    assertThat(ignored("email", mail)).isEqualTo(1);
  }

  private long ignored(String column, String value) {
    String sql =
        column.equals("phone")
            ? "select count(*) from marketing_lead_event e join marketing_lead l on l.id = e.lead_id"
                + " where l.phone = ? and e.kind = 'DUPLICATES_IGNORED'"
            : "select count(*) from marketing_lead_event e join marketing_lead l on l.id = e.lead_id"
                + " where l.email = ? and e.kind = 'DUPLICATES_IGNORED'";
    return jdbc.sql(sql).param(value).query(Long.class).single();
  }

  private JsonNode only(String phone) {
    return only(phone, 1);
  }

  private JsonNode only(String phone, int expected) {
    JsonNode items = api.get("/api/v1/leads?q=" + phone).json().get("items");
    assertThat(items).hasSize(expected);
    return items.get(0);
  }

  private ApiClient.Response upload(String csv, boolean allowDuplicates) {
    String boundary = "----lead" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leads.csv\""
            + "\r\nContent-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    return api.postRaw(
        "/api/v1/leads/import?allowDuplicates=" + allowDuplicates,
        "multipart/form-data; boundary=" + boundary,
        body);
  }
}
