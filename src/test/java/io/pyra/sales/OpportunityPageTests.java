package io.pyra.sales;

import static io.pyra.sales.OpportunityStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
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
 * The opportunity pages against the whole application: a consultant records an opportunity with the
 * form (customer by code), finds it in the list by its customer's name, moves it without a script
 * (a lost move without a reason is refused with the reason asked for), and reads the stage history;
 * the administrator configures a pipeline's stages (a stage in use is not deleted) and the lost
 * reasons, in English and Chinese.
 */
@PyraIntegrationTest
class OpportunityPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OpportunityStaff staff;
  OrgUnit unit;
  UserAccount consultant;
  String customerName;
  UUID customer;
  PageClient pages;

  @BeforeEach
  void setUp() {
    staff = new OpportunityStaff(orgUnits, users, roles, jdbc, port);
    unit = staff.unit();
    consultant = staff.user(unit, "COURSE_CONSULTANT");
    customerName = unique("Zhou Min");
    customer = staff.customer(customerName, consultant, unit);
    pages = staff.pages(consultant);
  }

  @Test
  void aConsultantRecordsAnOpportunityWithTheFormAndMovesItWithoutAScript() {
    String code =
        jdbc.sql("select code from customer_card_view where id = ?")
            .param(customer)
            .query(String.class)
            .single();
    Document form = pages.get("/opportunities/new?pipeline=TRAINING").document();
    assertThat(form.select("#currency").val()).isEqualTo("CNY");
    String firstStage = form.select("#stage option[selected]").val();

    String title = unique("Weekend class");
    Map<String, String> fields = new HashMap<>();
    fields.put("title", title);
    fields.put("customerCode", code);
    fields.put("ownerId", consultant.id().toString());
    fields.put("stage", firstStage);
    fields.put("amount", "8800");
    fields.put("currency", "cny");
    fields.put("expectedClose", "2026-12-20");
    fields.put("source", "REFERRAL");
    fields.put("probability", "");
    PageClient.Page created = pages.post("/opportunities", fields);
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    String path = created.location().replaceFirst("^https?://[^/]+", "");

    Document detail = pages.get(path).document();
    assertThat(detail.select("#opportunity-title").text()).isEqualTo(title);
    assertThat(detail.select("#opportunity-customer").text()).contains(customerName);
    assertThat(detail.select("#opportunity-amount").text()).isEqualTo("8,800.00 CNY");
    assertThat(detail.select("#opportunity-source").text()).isEqualTo("Referral");
    assertThat(detail.select("#opportunity-stage").text()).isEqualTo("Inquiry");

    Document list = pages.get("/opportunities?q=" + customerName.split(" ")[2]).document();
    assertThat(list.select("#opportunity-table tbody tr")).hasSize(1);

    String lost = detail.select("#move-stage option:contains(Lost)").val();
    PageClient.Page refused = pages.post(path + "/stage", Map.of("stage", lost));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#move-error").text())
        .isEqualTo("Say why the deal was lost: choose a lost reason.");
    assertThat(pages.get(path).document().select("#opportunity-stage").text()).isEqualTo("Inquiry");

    String visit = detail.select("#move-stage option:contains(Visit)").val();
    PageClient.Page moved = pages.post(path + "/stage", Map.of("stage", visit));
    assertThat(moved.status()).isEqualTo(302);
    Document after = pages.get(path).document();
    assertThat(after.select("#opportunity-stage").text()).isEqualTo("Visit");
    assertThat(after.select("#history-table tbody tr")).hasSize(2);
    assertThat(after.select("#history-table tbody tr").last().text()).contains("so far");

    String contract = detail.select("#move-stage option:contains(Contract)").val();
    PageClient.Page won = pages.post(path + "/stage", Map.of("stage", contract));
    assertThat(won.status()).isEqualTo(302);
    assertThat(won.location())
        .endsWith("/orders/new?opportunity=" + path.substring(path.lastIndexOf('/') + 1));
  }

  @Test
  void aFormWithBadValuesIsShownAgainWithTheReasons() {
    pages.get("/opportunities/new");
    Map<String, String> fields = new HashMap<>();
    fields.put("title", "");
    fields.put("customerCode", "C-NOPE-1");
    fields.put("amount", "-5");
    fields.put("currency", "XYZ");
    fields.put("probability", "150");
    long before = staff.opportunityCount();

    PageClient.Page page = pages.post("/opportunities", fields);

    assertThat(page.status()).isEqualTo(422);
    Document form = page.document();
    assertThat(form.select("#customerCode-error").text()).contains("C-NOPE-1");
    assertThat(staff.opportunityCount()).isEqualTo(before);

    fields.put("customerCode", "");
    fields.put("customerId", customer.toString());
    Document again = pages.post("/opportunities", fields).document();
    assertThat(again.select("#title-error").text()).isEqualTo("Give the opportunity a title.");
    assertThat(again.select("#amount-error").text()).isEqualTo("The amount cannot be negative.");
    assertThat(again.select("#currency-error").text()).contains("ISO 4217");
    assertThat(again.select("#probability-error").text()).contains("0 to 100");
    assertThat(staff.opportunityCount()).isEqualTo(before);
  }

  @Test
  void theAdministratorConfiguresAPipelinesStagesButCannotDeleteOneInUse() {
    PageClient admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    String code =
        "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    admin.get("/settings/pipelines");
    PageClient.Page created =
        admin.post(
            "/settings/pipelines",
            Map.of("code", code, "nameEn", "Corporate training", "nameZh", "企业培训"));
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    String path = "/settings/pipelines/" + code;

    admin.get(path);
    for (String[] stage :
        new String[][] {
          {"LEAD", "Lead", "线索", "20", "OPEN"},
          {"SIGNED", "Signed", "已签约", "100", "WON"},
          {"GONE", "Gone", "丢单", "0", "LOST"}
        }) {
      PageClient.Page added =
          admin.post(
              path + "/stages",
              Map.of(
                  "code", stage[0],
                  "nameEn", stage[1],
                  "nameZh", stage[2],
                  "probability", stage[3],
                  "outcome", stage[4]));
      assertThat(added.status()).as(added.body()).isEqualTo(302);
    }
    Document page = admin.get(path).document();
    assertThat(page.select("#stages tbody tr").eachAttr("id"))
        .containsExactly("stage-LEAD", "stage-SIGNED", "stage-GONE");

    PageClient.Page bad =
        admin.post(
            path + "/stages",
            Map.of("code", "X1", "nameEn", "X", "nameZh", "X", "probability", "120"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.document().select("#probability-error").text()).contains("0 to 100");

    String signedId =
        jdbc.sql(
                "select s.id from sales_pipeline_stage s join sales_pipeline p on p.id = s.pipeline_id"
                    + " where p.code = ? and s.code = 'SIGNED'")
            .param(code)
            .query(UUID.class)
            .single()
            .toString();
    admin.post(path + "/stages/" + signedId + "/move", Map.of("direction", "1"));
    assertThat(admin.get(path).document().select("#stages tbody tr").eachAttr("id"))
        .containsExactly("stage-LEAD", "stage-GONE", "stage-SIGNED");

    admin.get(path + "/stages/" + signedId + "/edit");
    PageClient.Page renamed =
        admin.post(
            path + "/stages/" + signedId + "/edit",
            Map.of(
                "nameEn", "Contract signed",
                "nameZh", "已签合同",
                "sortOrder", "30",
                "probability", "100",
                "outcome", "WON",
                "active", "true",
                "version", "1"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(302);

    Map<String, Object> body = OpportunityStaff.opportunity("Deal", customer, code);
    assertThat(staff.api(consultant).post("/api/v1/opportunities", body).status()).isEqualTo(201);
    String leadId =
        jdbc.sql(
                "select s.id from sales_pipeline_stage s join sales_pipeline p on p.id = s.pipeline_id"
                    + " where p.code = ? and s.code = 'LEAD'")
            .param(code)
            .query(UUID.class)
            .single()
            .toString();
    admin.get(path);
    PageClient.Page delete = admin.post(path + "/stages/" + leadId + "/delete", Map.of());
    assertThat(delete.status()).isEqualTo(302);
    Document after = admin.get(path).document();
    assertThat(
            jdbc.sql("select count(*) from sales_pipeline_stage where id = ?")
                .param(UUID.fromString(leadId))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(after.select("#stage-LEAD")).hasSize(1);
    assertThat(after.select("#stage-SIGNED").text()).contains("Contract signed");
  }

  @Test
  void theLostReasonsAreEditedInBothLanguages() {
    PageClient admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document list = admin.get("/settings/lost-reasons").document();
    assertThat(list.select("#lost-reason-PRICE").text()).contains("Price").contains("价格");
    String code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    admin.get("/settings/lost-reasons/new");
    PageClient.Page created =
        admin.post(
            "/settings/lost-reasons/new",
            Map.of("code", code, "nameEn", "Moved away", "nameZh", "搬家", "sortOrder", "95"));
    assertThat(created.status()).as(created.body()).isEqualTo(302);
    UserAccount chineseAdmin =
        staff.org().member(unit).roles("ADMINISTRATOR").speaking("zh-CN").create();
    Document chinese = staff.pages(chineseAdmin).get("/settings/lost-reasons").document();
    assertThat(chinese.select("h1").text()).isEqualTo("丢单原因");
    assertThat(chinese.select("#lost-reason-" + code).text()).contains("搬家");

    assertThat(staff.pages(consultant).get("/settings/lost-reasons").status()).isEqualTo(403);
  }
}
