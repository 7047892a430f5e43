package io.pyra.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge base over HTTP as a client uses it: write, publish, change with If-Match, delete;
 * readers see published articles only; every bad input a 422 naming the field, nothing stored.
 */
@PyraIntegrationTest
class KnowledgeApiTests {

  private static final String ARTICLES = "/api/v1/knowledge/articles";

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  ApiClient writer;
  ApiClient reader;

  @BeforeEach
  void setUp() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    writer =
        new ApiClient(port)
            .signIn(
                org.user(branch, "CUSTOMER_SERVICE_ASSISTANT").username(), OrgFixtures.PASSWORD);
    reader =
        new ApiClient(port).signIn(org.user(branch, "FRONT_DESK").username(), OrgFixtures.PASSWORD);
  }

  @Test
  void aWriterWritesPublishesChangesAndDeletesAnArticle() {
    String tag = KnowledgeFixtures.uniqueWord();
    ApiClient.Response created =
        writer.post(ARTICLES, article("How to request a refund", "# Steps\n\n1. Ask", tag));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode json = created.json();
    String path = ARTICLES + "/" + json.get("id").asString();
    assertThat(created.header("Location")).endsWith(path);
    assertThat(json.get("status").asString()).isEqualTo("DRAFT");
    assertThat(json.get("html").asString()).contains("<h1>Steps</h1>");
    assertThat(json.get("tags").get(0).asString()).isEqualTo(tag);
    assertThat(json.get("linkedCases").asLong()).isZero();

    assertThat(reader.get(path).status()).as("a draft is not the reader's").isEqualTo(404);
    assertThat(ids(reader.get(ARTICLES + "?tag=" + tag))).isEmpty();
    assertThat(reader.post(path + "/publication", Map.of()).status()).isEqualTo(403);

    ApiClient.Response published = writer.post(path + "/publication", Map.of());
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
    assertThat(published.json().get("publishedAt").isNull()).isFalse();
    assertThat(reader.get(path).status()).isEqualTo(200);
    assertThat(ids(reader.get(ARTICLES + "?q=refunds&tag=" + tag)))
        .containsExactly(json.get("id").asString());

    String etag = reader.get(path).header("ETag");
    Map<String, Object> change = article("How to request a refund", "Changed text", tag);
    assertThat(writer.put(path, change, null).status()).as("If-Match required").isEqualTo(428);
    ApiClient.Response changed = writer.put(path, change, etag);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("body").asString()).isEqualTo("Changed text");
    assertThat(changed.json().get("status").asString())
        .as("the status stays")
        .isEqualTo("PUBLISHED");
    change.put("body", "Lost update");
    assertThat(writer.put(path, change, etag).status()).as("stale").isEqualTo(412);
    assertThat(writer.get(path).json().get("body").asString()).isEqualTo("Changed text");

    assertThat(writer.delete(path, null).status()).isEqualTo(428);
    assertThat(writer.delete(path, etag).status()).isEqualTo(412);
    assertThat(reader.delete(path, changed.header("ETag")).status()).isEqualTo(403);
    assertThat(writer.delete(path, changed.header("ETag")).status()).isEqualTo(204);
    assertThat(writer.get(path).status()).isEqualTo(404);
    assertThat(
            jdbc.sql("select count(*) from support_article_term where article_id = :id")
                .param("id", java.util.UUID.fromString(json.get("id").asString()))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void everyBadArticleIsRefusedNamingTheFieldAndNothingIsStored() {
    String tag = KnowledgeFixtures.uniqueWord();
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      tooMany.add("t" + i);
    }
    record Bad(String what, String field, Object value, String refused) {}
    List<Bad> bad =
        List.of(
            new Bad("empty title", "title", "  ", "title"),
            new Bad("long title", "title", "t".repeat(201), "title"),
            new Bad("empty body", "body", "", "body"),
            new Bad("long body", "body", "b".repeat(100_001), "body"),
            new Bad("too many tags", "tags", tooMany, "tags"),
            new Bad("long tag", "tags", List.of(tag, "x".repeat(41)), "tags"),
            new Bad("unknown category", "category", "NO_SUCH_CATEGORY", "category"),
            new Bad("unknown language", "language", "fr", "language"),
            new Bad("no language", "language", null, "language"),
            new Bad("unknown audience", "audience", "PUBLIC", "audience"));
    for (Bad b : bad) {
      Map<String, Object> body = article("Valid title", "Valid body", tag);
      body.put(b.field(), b.value());
      ApiClient.Response refused = writer.post(ARTICLES, body);
      assertThat(refused.status()).as(b.what() + ": " + refused.body()).isEqualTo(422);
      assertThat(refused.refusedFields().keySet())
          .as(b.what())
          .anyMatch(field -> field.startsWith(b.refused()));
    }
    assertThat(ids(writer.get(ARTICLES + "?tag=" + tag))).as("nothing stored").isEmpty();

    ApiClient.Response chinese =
        writer.send(
            writer
                .builder(ARTICLES)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"\",\"body\":\"x\",\"language\":\"en\"}")));
    assertThat(chinese.status()).isEqualTo(422);
    assertThat(chinese.body()).contains("请填写文章标题");
  }

  @Test
  void badSearchesAreRefusedNamingTheParameter() {
    Map<String, String> bad =
        Map.of(
            "q=" + "x".repeat(201),
            "q",
            "language=fr",
            "language",
            "status=OLD",
            "status",
            "audience=ALL",
            "audience",
            "category=NO_SUCH_CATEGORY",
            "category",
            "tag=" + "t".repeat(41),
            "tag",
            "cursor=not-a-cursor",
            "cursor",
            "q=refund&cursor="
                + enc(
                    ArticleSearch.BY_CHANGE.encode(
                        java.time.Instant.now(), java.util.UUID.randomUUID())),
            "cursor");
    bad.forEach(
        (query, field) -> {
          ApiClient.Response refused = reader.get(ARTICLES + "?" + query);
          assertThat(refused.refusedFields()).as(query).containsKey(field);
        });
    ApiClient.Response longText =
        reader.get("/api/v1/knowledge/suggestions?text=" + "x".repeat(2001));
    assertThat(longText.refusedFields()).containsKey("text");
    assertThat(reader.get("/api/v1/knowledge/suggestions?text=refund&limit=-5").status())
        .isEqualTo(200);
  }

  @Test
  void categoriesAreATreeAndTheFilterTakesACategoryWithThoseBelowIt() {
    String word = KnowledgeFixtures.uniqueWord();
    String top = ("K" + word).toUpperCase();
    String below = top + "_SUB";
    assertThat(
            writer
                .post(
                    "/api/v1/knowledge/categories",
                    Map.of("code", top, "nameEn", "Billing " + word, "nameZh", "账务 " + word))
                .status())
        .isEqualTo(201);
    ApiClient.Response sub =
        writer.post(
            "/api/v1/knowledge/categories",
            Map.of("code", below, "parent", top, "nameEn", "Refunds", "nameZh", "退款"));
    assertThat(sub.status()).as(sub.body()).isEqualTo(201);
    assertThat(sub.json().get("depth").asInt()).isEqualTo(1);
    assertThat(reader.get("/api/v1/knowledge/categories/" + below).status()).isEqualTo(200);
    assertThat(
            reader
                .post(
                    "/api/v1/knowledge/categories",
                    Map.of("code", top + "_X", "nameEn", "x", "nameZh", "x"))
                .status())
        .isEqualTo(403);

    Map<String, Object> inSub = article("Refund in sub", "Body", word);
    inSub.put("category", below);
    String id = writer.post(ARTICLES, inSub).json().get("id").asString();
    Map<String, Object> none = article("Refund uncategorised", "Body", word);
    writer.post(ARTICLES, none);

    assertThat(ids(writer.get(ARTICLES + "?category=" + top + "&tag=" + word))).containsExactly(id);
    assertThat(ids(writer.get(ARTICLES + "?category=" + below))).containsExactly(id);
    assertThat(writer.get(ARTICLES + "/" + id).json().get("category").asString()).isEqualTo(below);
    assertThat(writer.get(ARTICLES + "?status=DRAFT&tag=" + word).json().get("items").size())
        .isEqualTo(2);
    assertThat(reader.get(ARTICLES + "?status=DRAFT&tag=" + word).json().get("items").size())
        .as("a reader asking for drafts gets none")
        .isZero();
  }

  @Test
  void theSuggestionsApiOffersPublishedArticlesLikeTheText() {
    String word = KnowledgeFixtures.uniqueWord();
    String published =
        writer.post(ARTICLES, article("Refund " + word, "Body", word)).json().get("id").asString();
    writer.post(ARTICLES + "/" + published + "/publication", Map.of());
    writer.post(ARTICLES, article("Refund draft " + word, "Body", word));
    JsonNode found = reader.get("/api/v1/knowledge/suggestions?limit=20&text=" + word).json();
    List<String> ids = new ArrayList<>();
    found.forEach(s -> ids.add(s.get("id").asString()));
    assertThat(ids).containsExactly(published);
  }

  private static List<String> ids(ApiClient.Response list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }

  private static Map<String, Object> article(String title, String body, String tag) {
    Map<String, Object> article = new HashMap<>();
    article.put("title", title);
    article.put("body", body);
    article.put("tags", Collections.singletonList(tag));
    article.put("language", "en");
    article.put("audience", "INTERNAL");
    return article;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
