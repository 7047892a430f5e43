package io.pyra.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.UserId;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Knowledge articles on a case, as the agent meets them: the case page's panel suggests the
 * published articles like the case's text and links or unlinks one (each on the history); the API
 * lists, links idempotently and unlinks; a draft is refused naming the article, and a reader who
 * may not see the case learns nothing of it.
 */
@PyraIntegrationTest
class CaseArticleTests {

  @LocalServerPort int port;
  @Autowired Articles articles;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  OrgFixtures org;
  UserAccount agent;
  ApiClient api;
  KnowledgeFixtures write;

  @BeforeEach
  void setUp() {
    org = new OrgFixtures(orgUnits, users, roles);
    agent = org.user(org.branch(), "CUSTOMER_SERVICE_ASSISTANT");
    api = new ApiClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    write = new KnowledgeFixtures(articles, new UserId(agent.id()));
  }

  @Test
  void thePanelSuggestsLikeArticlesAndLinksAndUnlinksThemOnTheHistory() {
    String word = KnowledgeFixtures.uniqueWord();
    Article like = write.published("Projector " + word + " flickers", "Check the cable.", "en");
    Article draft = write.draft("Draft about the " + word, "Not yet.", "en");
    String path = openCase("The projector " + word + " flickers in room 3");

    PageClient pages = new PageClient(port).signIn(agent.username(), OrgFixtures.PASSWORD);
    String page = path.replace("/api/v1", "");
    Document panel = pages.get(page + "/articles").document();
    assertThat(panel.select("#case-articles-none")).hasSize(1);
    assertThat(panel.select(".suggested-article").eachAttr("data-article"))
        .as("the published article, not the draft")
        .contains(like.id().toString())
        .doesNotContain(draft.id().toString());

    PageClient.Page linked = pages.post(page + "/articles/" + like.id(), Map.of());
    assertThat(linked.status()).as("back to the case page").isEqualTo(302);
    assertThat(linked.location()).endsWith(page);
    Document after = pages.get(page + "/articles").document();
    assertThat(after.select(".linked-article").eachAttr("data-article"))
        .containsExactly(like.id().toString());
    assertThat(after.select(".suggested-article").eachAttr("data-article"))
        .as("linked: no longer suggested")
        .doesNotContain(like.id().toString());
    assertThat(history(path)).contains("ARTICLE_LINKED:" + like.title());

    pages.post(page + "/articles/" + like.id() + "/unlink", Map.of());
    assertThat(pages.get(page + "/articles").document().select(".linked-article")).isEmpty();
    assertThat(history(path)).contains("ARTICLE_UNLINKED:" + like.title());
  }

  @Test
  void theApiLinksOnceUnlinksAndRefusesADraftOrAnUnseenCase() {
    String word = KnowledgeFixtures.uniqueWord();
    Article published = write.published("Refund " + word, "Within a week.", "en");
    Article draft = write.draft("Refund draft " + word, "Later.", "en");
    String path = openCase("Refund " + word);

    ApiClient.Response first = api.put(path + "/articles/" + published.id(), Map.of());
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    ApiClient.Response again = api.put(path + "/articles/" + published.id(), Map.of());
    assertThat(again.status()).as("linked already: nothing changes").isEqualTo(200);
    List<String> ids = new ArrayList<>();
    api.get(path + "/articles").json().forEach(a -> ids.add(a.get("articleId").asString()));
    assertThat(ids).containsExactly(published.id().toString());
    assertThat(history(path).stream().filter(h -> h.startsWith("ARTICLE_LINKED:")).count())
        .isEqualTo(1);

    ApiClient.Response refused = api.put(path + "/articles/" + draft.id(), Map.of());
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.refusedFields()).containsKey("articleId");
    assertThat(api.get(path + "/articles").json().size()).isEqualTo(1);

    UserAccount stranger = org.user(org.branch(), "CUSTOMER_SERVICE_ASSISTANT");
    ApiClient other = new ApiClient(port).signIn(stranger.username(), OrgFixtures.PASSWORD);
    ApiClient.Response hidden = other.get(path + "/articles");
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).doesNotContain(published.title());
    assertThat(other.put(path + "/articles/" + published.id(), Map.of()).status()).isEqualTo(404);

    assertThat(api.delete(path + "/articles/" + published.id(), null).status()).isEqualTo(204);
    assertThat(api.delete(path + "/articles/" + published.id(), null).status()).isEqualTo(404);
    assertThat(api.get(path + "/articles").json().size()).isZero();
  }

  private String openCase(String subject) {
    Map<String, Object> customer = new HashMap<>();
    customer.put("kind", "PERSON");
    customer.put("name", "Reader " + UUID.randomUUID().toString().substring(0, 6));
    customer.put("stage", "ACTIVE");
    ApiClient.Response made = api.post("/api/v1/customers", customer);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", made.json().get("id").asString());
    body.put("type", "TECHNICAL_SUPPORT");
    body.put("severity", "MINOR");
    body.put("channel", "PHONE");
    body.put("subject", subject);
    body.put("description", "Told on the phone.");
    ApiClient.Response opened = api.post("/api/v1/cases", body);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return "/api/v1/cases/" + opened.json().get("id").asString();
  }

  private List<String> history(String path) {
    List<String> lines = new ArrayList<>();
    for (JsonNode e : api.get(path + "/history").json()) {
      lines.add(e.get("kind").asString() + ":" + e.path("to").asString(""));
    }
    return lines;
  }
}
