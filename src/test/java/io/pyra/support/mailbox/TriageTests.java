package io.pyra.support.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.CustomerId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.user.UserAccount;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Triage as the customer-service assistant sees it: mail from an unknown sender waits on {@code
 * /support/triage}; they hand it to a customer of their branch by code (not to one they may not
 * read), or discard it over the page or the API; the API lists the mail by status.
 */
class TriageTests extends MailboxIntegrationTest {

  @Test
  void anUnknownSendersMailWaitsInTriageAndTheAssistantHandsItToACustomerTheyMayRead()
      throws Exception {
    OrgUnit branch = org().branch();
    OrgUnit other = org().branch();
    UserAccount assistant = org().user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    Map<String, String> own = customer(branch, assistant, unique("own") + "@customer.test");
    Map<String, String> hidden =
        customer(
            other,
            org().user(other, "CUSTOMER_SERVICE_ASSISTANT"),
            unique("hidden") + "@customer.test");
    String id = newMessageId();
    String subject = unique("Lesson times");
    String from = unique("parent") + "@new-address.test";
    MailboxServers.deliver(mail(id, "Chen Jie <" + from + ">", subject, "When is the lesson?"));
    mailbox.poll();
    String mailId = row(id).get("id").toString();

    PageClient pages = new PageClient(port).signIn(assistant.username(), OrgFixtures.PASSWORD);
    Document list = pages.get("/support/triage").document();
    assertThat(list.select("#mail-" + mailId + " .mail-subject").text()).isEqualTo(subject);
    assertThat(list.select("#mail-" + mailId + " .mail-from").text()).contains("Chen Jie", from);
    Document detail = pages.get("/support/triage/" + mailId).document();
    assertThat(detail.select("#mail-text").text()).isEqualTo("When is the lesson?");

    PageClient.Page refused =
        pages.post(
            "/support/triage/" + mailId + "/assign", Map.of("customerCode", hidden.get("code")));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#customerCode-error").text())
        .isEqualTo("No customer you may see has the code \"" + hidden.get("code") + "\".");
    assertThat(row(id).get("status")).isEqualTo("TRIAGE");

    PageClient.Page handed =
        pages.post(
            "/support/triage/" + mailId + "/assign", Map.of("customerCode", own.get("code")));
    assertThat(handed.status()).isEqualTo(302);
    Map<String, Object> row = row(id);
    assertThat(row.get("customer_id").toString()).isEqualTo(own.get("id"));
    assertThat(row.get("decided_by").toString()).isEqualTo(assistant.id().toString());
    assertThat(MailboxTestConfig.EVENTS)
        .contains(
            new InboundMailAssigned(
                new InboundMailId(UUID.fromString(mailId)),
                new CustomerId(UUID.fromString(own.get("id")))));
    assertThat(pages.get("/support/triage").document().select("#mail-" + mailId)).isEmpty();
    // the case code opens the customer's case of the handed mail
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> "ROUTED".equals(row(id).get("status")));

    UserAccount chinese =
        org().member(branch).roles("CUSTOMER_SERVICE_ASSISTANT").speaking("zh-CN").create();
    Document zh =
        new PageClient(port)
            .signIn(chinese.username(), OrgFixtures.PASSWORD)
            .get("/support/triage")
            .document();
    assertThat(zh.select("h1").text()).isEqualTo("待分拣邮件");
  }

  @Test
  void theApiListsMailByStatusAndDiscardsMailInTriageOnce() throws Exception {
    OrgUnit branch = org().branch();
    UserAccount assistant = org().user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    String id = newMessageId();
    MailboxServers.deliver(
        mail(id, unique("spam") + "@unknown.test", unique("Cheap offers"), "Buy now"));
    mailbox.poll();
    String mailId = row(id).get("id").toString();
    ApiClient api = api(assistant);

    JsonNode triage = api.get("/api/v1/support/inbound-mail?status=triage&limit=200").json();
    assertThat(triage.get("items").valueStream().map(m -> m.get("id").asString())).contains(mailId);
    assertThat(triage.get("items").valueStream().map(m -> m.get("status").asString()))
        .containsOnly("TRIAGE");

    ApiClient.Response discarded =
        api.post("/api/v1/support/inbound-mail/" + mailId + "/discard", Map.of());
    assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
    assertThat(discarded.json().get("status").asString()).isEqualTo("DISCARDED");
    Map<String, Object> row = row(id);
    assertThat(row.get("decided_by").toString()).isEqualTo(assistant.id().toString());
    assertThat(row.get("decided_at")).isNotNull();

    ApiClient.Response again =
        api.post("/api/v1/support/inbound-mail/" + mailId + "/discard", Map.of());
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.refusedFields()).containsKey("status");

    ApiClient.Response unknownStatus = api.get("/api/v1/support/inbound-mail?status=LOST");
    assertThat(unknownStatus.status()).isEqualTo(422);
    assertThat(unknownStatus.refusedFields()).containsKey("status");

    ApiClient.Response badCursor = api.get("/api/v1/support/inbound-mail?cursor=nonsense");
    assertThat(badCursor.status()).isEqualTo(422);

    UserAccount teacher = org().user(branch, "FINANCE");
    assertThat(api(teacher).get("/api/v1/support/inbound-mail").status()).isEqualTo(403);
  }
}
