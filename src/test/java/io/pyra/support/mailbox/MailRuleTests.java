package io.pyra.support.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.user.UserAccount;
import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A new mail from a known customer opens a case, or by rule becomes a contact record of the
 * customer's owner (no case, no acknowledgement); the administrator sets the rules in order, by API
 * or page; bad rules are refused naming the rule and field in the reader's language, and change
 * nothing.
 */
class MailRuleTests extends MailboxIntegrationTest {

  static final String RULES = "/api/v1/support/mail-rules";

  @AfterEach
  void noRules() {
    assertThat(admin().put(RULES, Map.of("rules", List.of())).status()).isEqualTo(200);
  }

  @Test
  void aMailMatchingARuleBecomesAContactRecordAndAnyOtherOpensACase() {
    ApiClient.Response set =
        admin()
            .put(
                RULES,
                Map.of(
                    "rules",
                    List.of(
                        Map.of(
                            "field",
                            "SUBJECT",
                            "contains",
                            "Thank you",
                            "action",
                            "CONTACT_RECORD"),
                        Map.of("field", "SUBJECT", "contains", "thank", "action", "CASE"))));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(admin().get(RULES).json().get(0).get("position").asInt()).isEqualTo(1);

    OrgUnit branch = org().branch();
    UserAccount owner = org().user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    String address = unique("zhao") + "@customer.test";
    Map<String, String> customer = customer(branch, owner, address);
    String thanks = newMessageId();
    String broken = newMessageId();
    try {
      MailboxServers.deliver(mail(thanks, address, "THANK YOU for the lesson", "It was great."));
      MailboxServers.deliver(mail(broken, address, "The projector is broken", "Room 3."));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    mailbox.poll();

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "ROUTED".equals(row(thanks).get("status"))
                    && "ROUTED".equals(row(broken).get("status")));
    UUID customerId = UUID.fromString(customer.get("id"));
    // the thanks: a contact record of the owner, by e-mail, inbound; no case
    Map<String, Object> record =
        jdbc.sql(
                "select id, author_id, channel, direction, subject, notes from interaction_record"
                    + " where customer_id = :c")
            .param("c", customerId)
            .query()
            .singleRow();
    assertThat(record.get("author_id").toString()).isEqualTo(owner.id().toString());
    assertThat(record.get("channel")).isEqualTo("EMAIL");
    assertThat(record.get("direction")).isEqualTo("INBOUND");
    assertThat(record.get("subject")).isEqualTo("THANK YOU for the lesson");
    assertThat(record.get("notes").toString()).contains("It was great.");
    assertThat(row(thanks).get("reference_id").toString()).isEqualTo(record.get("id").toString());
    // the other: a case, as with no rule
    List<String> subjects =
        jdbc.sql("select subject from support_case where customer_id = :c")
            .param("c", customerId)
            .query(String.class)
            .list();
    assertThat(subjects).containsExactly("The projector is broken");
    assertThat(supportMail.sentFor(new MailReference((UUID) record.get("id"))))
        .as("no acknowledgement for a contact record")
        .isEmpty();
  }

  @Test
  void badRulesAreRefusedNamingTheRuleAndFieldAndChangeNothing() {
    assertThat(
            admin()
                .put(
                    RULES,
                    Map.of(
                        "rules",
                        List.of(
                            Map.of(
                                "field", "FROM", "contains", "@school.test", "action", "CASE")))))
        .extracting(ApiClient.Response::status)
        .isEqualTo(200);
    ApiClient.Response refused =
        send("zh-CN", "{\"rules\":[{\"field\":\"BODY\",\"contains\":\"\",\"action\":\"TICKET\"}]}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.refusedFields())
        .containsKeys("rules[0].field", "rules[0].contains", "rules[0].action");
    assertThat(refused.body()).contains("规则 1：请选择匹配主题还是发件人地址。");
    ApiClient.Response english =
        send(
            "en", "{\"rules\":[{\"field\":\"SUBJECT\",\"contains\":\"x\",\"action\":\"TICKET\"}]}");
    assertThat(english.body())
        .contains("Rule 1: choose whether the mail becomes a case or a contact record.");
    assertThat(admin().get(RULES).json().get(0).get("contains").asString())
        .isEqualTo("@school.test");
    assertThat(api(org().user(org().branch(), "CUSTOMER_SERVICE_ASSISTANT")).get(RULES).status())
        .isEqualTo(403);
  }

  @Test
  void theAdministratorSetsTheRulesOnThePage() {
    PageClient pages = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    Document page = pages.get("/support/mail-rules").document();
    assertThat(page.select(".mail-rule")).hasSize(3);
    PageClient.Page saved =
        pages.postList(
            "/support/mail-rules",
            List.of(
                Map.entry("field", "SUBJECT"),
                Map.entry("contains", "newsletter"),
                Map.entry("action", "CONTACT_RECORD"),
                Map.entry("field", "SUBJECT"),
                Map.entry("contains", ""),
                Map.entry("action", "CASE")));
    assertThat(saved.status()).isEqualTo(302);
    Document after = pages.get("/support/mail-rules").document();
    assertThat(after.select("#flash-success")).hasSize(1);
    assertThat(after.select("#rule-contains-0").val()).isEqualTo("newsletter");
    assertThat(after.select("#rule-action-0 option[selected]").val()).isEqualTo("CONTACT_RECORD");
    assertThat(after.select(".mail-rule")).hasSize(4);
  }

  private ApiClient.Response send(String language, String json) {
    ApiClient admin = admin();
    return admin.send(
        admin
            .builder(RULES)
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }
}
