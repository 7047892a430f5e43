package io.pyra.sales;

import static io.pyra.sales.OrderStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The order pages as a consultant and an enrolment specialist use them: write a contract with the
 * form (an opportunity's prefilled), see line errors next to their fields, sign it off, find the
 * signed contract's lines fixed, a stale save, print it; the settings page adds a rate.
 */
@PyraIntegrationTest
class OrderPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  OrderStaff staff;
  OrgUnit branch;
  UserAccount consultant;
  UUID customer;
  String customerCode;

  @BeforeEach
  void setUp() {
    staff = new OrderStaff(orgUnits, users, roles, jdbc, port);
    branch = staff.branch();
    consultant = staff.user(branch, "COURSE_CONSULTANT");
    customer = staff.customer(unique("Liu Yang"), consultant, branch);
    customerCode =
        jdbc.sql("select code from customer_card_view where id = ?")
            .param(customer)
            .query(String.class)
            .single();
  }

  @Test
  void aConsultantWritesAContractForAWonOpportunityAndASpecialistSignsIt() {
    UUID opportunity = staff.opportunity(customer, consultant, "9800");
    PageClient pages = staff.pages(consultant);

    Document form = pages.get("/orders/new?opportunity=" + opportunity).document();
    assertThat(form.select("#customerCode").val()).isEqualTo(customerCode);
    assertThat(form.select("input[name='lines[0].unitPrice']").val()).isEqualTo("9800");
    assertThat(form.select("input[name=opportunityId]").val()).isEqualTo(opportunity.toString());

    Map<String, String> fields = contract(opportunity, "2", "9800", "10");
    fields.put("lines[1].description", "Bad line");
    fields.put("lines[1].quantity", "abc");
    fields.put("lines[1].unitPrice", "5");
    PageClient.Page refused = pages.post("/orders", fields);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.document().select("#line-1 .invalid-feedback").text())
        .isEqualTo("abc is not a number.");
    assertThat(refused.document().select("#line-0 input[name='lines[0].quantity']").val())
        .isEqualTo("2");

    PageClient.Page saved = pages.post("/orders", contract(opportunity, "2", "9800", "10"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    String path = saved.location().replaceFirst("^https?://[^/]+", "");
    Document detail = pages.get(path).document();
    // 2 × 9,800 less 10 % = 17,640
    assertThat(detail.select("#order-net").text()).isEqualTo("17,640.00 CNY");
    assertThat(detail.select("#order-status").text()).isEqualTo("Draft");
    assertThat(detail.select("#sign-order")).isEmpty();
    assertThat(detail.select("#flash-success").text()).contains("was saved");

    UserAccount specialist = staff.user(branch, "ENROLMENT_SPECIALIST");
    PageClient signer = staff.pages(specialist);
    Document toSign = signer.get(path).document();
    assertThat(toSign.select("#sign-order")).hasSize(1);
    PageClient.Page signed =
        signer.post(
            path + "/status",
            Map.of(
                "status",
                "SIGNED",
                "version",
                toSign
                    .select("#sign-order")
                    .parents()
                    .first()
                    .select("input[name=version]")
                    .val()));
    assertThat(signed.status()).isEqualTo(302);
    assertThat(signer.get(path).document().select("#order-status").text()).isEqualTo("Signed");
    assertThat(signer.get(path).document().select("#order-signed").text())
        .contains(specialist.displayName());

    Document edit = pages.get(path + "/edit").document();
    assertThat(edit.select("#lines-fixed").text()).contains("credit note");
    Map<String, String> amend = formFields(edit);
    amend.put("lines[0].unitPrice", "8800");
    PageClient.Page fixed = pages.post(path, amend);
    assertThat(fixed.status()).isEqualTo(200);
    assertThat(fixed.document().select("#lines-error").text()).contains("signed contract");

    Map<String, String> stale = formFields(edit);
    stale.put("version", "0");
    stale.put("notes", "Late change");
    PageClient.Page conflict = pages.post(path, stale);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.document().select(".alert-danger").text()).isNotBlank();

    Document print = pages.get(path + "/print?lang=zh-CN").document();
    assertThat(print.select("#print-title").text()).startsWith("合同 SO-");
    assertThat(print.select("#print-total").text()).isEqualTo("17,640.00");
    assertThat(
            jdbc.sql("select won_order_id from sales_opportunity where id = ?")
                .param(opportunity)
                .query(UUID.class)
                .single())
        .isNotNull();
  }

  @Test
  void theAdministratorAddsAnExchangeRateOnTheSettingsPage() {
    PageClient admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document page = admin.get("/settings/sales").document();
    assertThat(page.select("#baseCurrency").val()).isEqualTo("CNY");

    PageClient.Page added =
        admin.post(
            "/settings/sales/rates",
            Map.of("currency", "nzd", "validFrom", "2026-06-01", "rate", "4.2"));
    assertThat(added.status()).isEqualTo(302);
    Document after = admin.get("/settings/sales").document();
    assertThat(after.select("#flash-success").text()).contains("NZD");
    assertThat(after.select("#rate-table tbody tr").eachText()).contains("NZD 2026-06-01 4.2");

    admin.post(
        "/settings/sales/rates",
        Map.of("currency", "EURO", "validFrom", "2026-06-01", "rate", "0"));
    assertThat(admin.get("/settings/sales").document().select("#flash-error").text())
        .contains("ISO 4217")
        .contains("greater than zero");
    assertThat(staff.pages(consultant).get("/settings/sales").status()).isEqualTo(403);
  }

  private Map<String, String> contract(
      UUID opportunity, String quantity, String price, String discount) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", "CONTRACT");
    fields.put("customerCode", customerCode);
    fields.put("opportunityId", opportunity.toString());
    fields.put("ownerId", consultant.id().toString());
    fields.put("orderedOn", "2026-12-05");
    fields.put("currency", "CNY");
    fields.put("courseStart", "2027-01-04");
    fields.put("courseEnd", "2027-03-28");
    fields.put("lines[0].description", "IELTS weekend course");
    fields.put("lines[0].quantity", quantity);
    fields.put("lines[0].unitPrice", price);
    fields.put("lines[0].discountPercent", discount);
    fields.put("lines[0].unitCost", "3000");
    return fields;
  }

  /** The fields a browser would send from the form as it is shown. */
  private static Map<String, String> formFields(Document form) {
    Map<String, String> fields = new LinkedHashMap<>();
    form.select("#order-form input[name], #order-form textarea[name]")
        .forEach(
            e -> {
              if (!e.hasAttr("disabled") && !e.attr("name").equals("_csrf")) {
                fields.put(e.attr("name"), e.tagName().equals("textarea") ? e.text() : e.val());
              }
            });
    form.select("#order-form select[name]")
        .forEach(
            e -> {
              if (!e.hasAttr("disabled")) {
                var selected = e.select("option[selected]");
                fields.put(e.attr("name"), selected.isEmpty() ? "" : selected.first().val());
              }
            });
    return fields;
  }
}
