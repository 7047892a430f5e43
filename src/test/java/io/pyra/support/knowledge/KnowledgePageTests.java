package io.pyra.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.UserId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The knowledge pages as a person sees them, in English and Chinese: the search, an article
 * rendered without running what its text says, the form refusing bad input, and the short list of
 * suggestions the case form loads.
 */
@PyraIntegrationTest
class KnowledgePageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired Articles articles;
  @Autowired KnowledgeLinks links;

  UserAccount writerAccount;
  UserAccount readerAccount;
  KnowledgeFixtures write;

  @BeforeEach
  void setUp() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    OrgUnit branch = org.branch();
    writerAccount = org.user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    readerAccount = org.user(branch, "FRONT_DESK");
    write = new KnowledgeFixtures(articles, new UserId(writerAccount.id()));
  }

  @Test
  void aReaderSearchesInEnglishAndChineseAndSeesNoDrafts() {
    String tag = KnowledgeFixtures.uniqueWord();
    Article refund = write.published("如何申请退款", "填写**申请表**。", "zh-CN", tag);
    Article draft = write.draft("退款草稿", "未完成。", "zh-CN", tag);
    PageClient reader = signIn(readerAccount);

    Document page = reader.get("/knowledge?lang=zh-CN&q=" + enc("退款") + "&tag=" + tag).document();
    assertThat(page.select("h1").text()).isEqualTo("知识库");
    assertThat(page.select("#nav-knowledge")).isNotEmpty();
    assertThat(page.select("#new-article")).as("a reader writes nothing").isEmpty();
    assertThat(page.select(".article-row .article-title").eachText()).containsExactly("如何申请退款");
    assertThat(page.select("#article-" + draft.id())).isEmpty();
    assertThat(reader.get("/knowledge/" + draft.id()).status()).isEqualTo(404);

    Document fragment =
        reader.get("/knowledge?q=refund&tag=" + tag, Map.of("HX-Request", "true")).document();
    assertThat(fragment.select("#results")).isNotEmpty();
    assertThat(fragment.select("h1")).isEmpty();

    Document english =
        signIn(readerAccount).get("/knowledge/" + refund.id() + "?lang=en").document();
    assertThat(english.select("#article-title").text()).isEqualTo("如何申请退款");
    assertThat(english.select("#article-body strong").text()).isEqualTo("申请表");
    assertThat(english.select("#article-language").text()).isEqualTo("Chinese");
    assertThat(english.select("#edit-article")).isEmpty();

    PageClient.Page tooLong = reader.get("/knowledge?q=" + "x".repeat(201));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.document().select("#filter-error").text()).contains("200");
  }

  @Test
  void anArticlesTextCannotRunAScriptOnItsPage() {
    Article article =
        write.published(
            "Safe " + KnowledgeFixtures.uniqueWord(),
            "<script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n<img src=x onerror=alert(2)>",
            "en");
    links.link(UUID.randomUUID(), article.id(), new UserId(writerAccount.id()));
    Document page = signIn(readerAccount).get("/knowledge/" + article.id()).document();
    assertThat(page.select("#article-body script")).isEmpty();
    assertThat(page.select("#article-body img")).isEmpty();
    assertThat(page.select("#article-body [onerror]")).isEmpty();
    assertThat(page.select("#article-body").text()).contains("<script>alert('x')</script>");
    assertThat(page.select("#article-body a").attr("href")).doesNotContain("javascript");
    assertThat(page.select("#article-cases").attr("data-count")).isEqualTo("1");
    assertThat(page.select("#article-cases").text()).isEqualTo("linked to 1 case");
  }

  @Test
  void aWriterWritesAnArticleOnTheFormAndPublishesIt() {
    PageClient writer = signIn(writerAccount);
    Document form = writer.get("/knowledge/new").document();
    assertThat(form.select("#article-form")).isNotEmpty();

    Map<String, String> fields = new HashMap<>();
    fields.put("title", " ");
    fields.put("body", "Text");
    fields.put("language", "en");
    fields.put("audience", "CUSTOMER");
    fields.put("tags", "a, " + "x".repeat(41));
    PageClient.Page refused = writer.post("/knowledge/new", fields);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().select("#title-error").text())
        .isEqualTo("Give the article a title.");
    assertThat(refused.document().select("#tags-error").text()).contains("40");

    String title = "Lost card " + KnowledgeFixtures.uniqueWord();
    fields.put("title", title);
    fields.put("tags", "cards, 会员卡");
    PageClient.Page saved = writer.post("/knowledge/new", fields);
    assertThat(saved.status()).isEqualTo(302);
    String path = saved.location().replaceAll("^https?://[^/]+", "");
    Document detail = writer.get(path).document();
    assertThat(detail.select("#article-title").text()).isEqualTo(title);
    assertThat(detail.select("#article-status").attr("data-status")).isEqualTo("DRAFT");
    assertThat(detail.select(".article-tag").eachText()).containsExactly("cards", "会员卡");

    String version =
        detail.select("#publish-article").parents().select("input[name=version]").val();
    PageClient.Page published = writer.post(path + "/publication", Map.of("version", version));
    assertThat(published.status()).isEqualTo(302);
    assertThat(writer.get(path).document().select("#article-status").attr("data-status"))
        .isEqualTo("PUBLISHED");

    Document zh = signIn(writerAccount).get("/knowledge/new?lang=zh-CN").document();
    assertThat(zh.select("h1").text()).isEqualTo("新建文章");
  }

  @Test
  void theCaseFormGetsAShortListOfLinksAsTheSubjectIsTyped() {
    String w = KnowledgeFixtures.uniqueWord();
    Article article = write.published("Refund " + w, "Ask the desk.", "en");
    Document fragment =
        signIn(readerAccount)
            .get(
                "/knowledge/suggestions?subject=" + enc("refund " + w) + "&description=",
                Map.of("HX-Request", "true"))
            .document();
    assertThat(fragment.select("#knowledge-suggestions a").eachAttr("href"))
        .contains("/knowledge/" + article.id());
    Document nothing =
        signIn(readerAccount)
            .get("/knowledge/suggestions?subject=", Map.of("HX-Request", "true"))
            .document();
    assertThat(nothing.select("#knowledge-suggestions a")).isEmpty();
  }

  private PageClient signIn(UserAccount account) {
    return new PageClient(port).signIn(account.username(), OrgFixtures.PASSWORD);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
