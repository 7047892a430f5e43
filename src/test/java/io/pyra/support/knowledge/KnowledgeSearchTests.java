package io.pyra.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.identity.UserId;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.Slice;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search and the suggestions find what a reader would look for, alike on H2 and PostgreSQL:
 * English words in any form, Chinese words inside longer phrases, title matches above body matches,
 * drafts only for writers; and the links between cases and articles.
 */
@PyraIntegrationTest
class KnowledgeSearchTests {

  @Autowired Articles articles;
  @Autowired ArticleSearch search;
  @Autowired KnowledgeSuggestions suggestions;
  @Autowired KnowledgeLinks links;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  KnowledgeFixtures write;
  UserId writer;

  @BeforeEach
  void setUp() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    writer = new UserId(org.user(org.branch(), "CUSTOMER_SERVICE_ASSISTANT").id());
    write = new KnowledgeFixtures(articles, writer);
  }

  @Test
  void englishWordsAreFoundInAnyFormAndATitleMatchRanksAboveABodyMatch() {
    String tag = KnowledgeFixtures.uniqueWord();
    Article inTitle = write.published("Refund policy", "How the money comes back.", "en", tag);
    Article inBody =
        write.published(
            "Course changes",
            "A change of course may lead to a refund. The refund is paid within a week.",
            "en",
            tag);
    write.published("Opening hours", "We open at nine and close at six.", "en", tag);

    for (String q : List.of("refund", "Refunds", "REFUNDED", "refunding policies")) {
      List<ArticleRow> found = rows(q, tag, false);
      assertThat(found).as(q).extracting(ArticleRow::id).containsExactly(inTitle.id(), inBody.id());
      assertThat(found.get(0).score()).as(q).isGreaterThan(found.get(1).score());
    }
    assertThat(rows("hours", tag, false))
        .extracting(ArticleRow::title)
        .containsExactly("Opening hours");
    assertThat(rows("the and of", tag, false)).as("stop words alone find nothing").isEmpty();
  }

  @Test
  void chineseWordsAreFoundInsideLongerPhrases() {
    String tag = KnowledgeFixtures.uniqueWord();
    Article title = write.published("如何申请退款", "请填写申请表，交给前台。", "zh-CN", tag);
    Article body = write.published("课程安排", "如需退款，请联系前台。", "zh-CN", tag);
    Article other = write.published("上课时间", "每周一至周五上课。", "zh-CN", tag);

    assertThat(rows("退款", tag, false))
        .extracting(ArticleRow::id)
        .containsExactly(title.id(), body.id());
    assertThat(rows("申请退款", tag, false).getFirst().id()).isEqualTo(title.id());
    assertThat(rows("退", tag, false))
        .as("one character finds every article that has it")
        .extracting(ArticleRow::id)
        .containsExactlyInAnyOrder(title.id(), body.id());
    assertThat(rows("上课", tag, false)).extracting(ArticleRow::id).containsExactly(other.id());
  }

  @Test
  void draftsAreSeenOnlyByThoseWhoWrite() {
    String tag = KnowledgeFixtures.uniqueWord();
    Article draft = write.draft("Refund for a cancelled trial lesson", "Draft text.", "en", tag);

    assertThat(rows("refund", tag, false)).isEmpty();
    assertThat(rows(null, tag, false)).isEmpty();
    assertThat(rows("refund", tag, true)).extracting(ArticleRow::id).containsExactly(draft.id());
    assertThatThrownBy(() -> articles.readable(draft.id(), false))
        .isInstanceOf(RecordNotFoundException.class);

    articles.publish(draft.id(), null);
    assertThat(rows("refund", tag, false)).extracting(ArticleRow::id).containsExactly(draft.id());
    assertThat(articles.readable(draft.id(), false).published()).isTrue();
  }

  @Test
  void aLongListIsPagedByCursorWithoutRepeatsOrGaps() {
    String tag = KnowledgeFixtures.uniqueWord();
    for (int i = 0; i < 7; i++) {
      write.published("Refund step " + i, "refund ".repeat(i + 1), "en", tag);
    }
    for (String q : new String[] {"refund", null}) {
      List<UUID> seen = new java.util.ArrayList<>();
      String cursor = null;
      do {
        Slice<ArticleRow> page = search.search(filter(q, tag), false, cursor, 3);
        page.items().forEach(r -> seen.add(r.id()));
        cursor = page.nextCursor();
      } while (cursor != null);
      assertThat(seen).as(String.valueOf(q)).hasSize(7).doesNotHaveDuplicates();
    }
  }

  @Test
  void suggestionsShareTheCaseWordsWithTheReadersLanguageFirstAndNeverADraft() {
    String w = KnowledgeFixtures.uniqueWord();
    Article english = write.published("Refund of a " + w + " course", "Ask the front desk.", "en");
    Article englishBody = write.published("Changing classes", "A " + w + " course may move.", "en");
    Article chinese = write.published(w + " 课程如何申请退款", "请联系前台。", "zh-CN");
    write.draft("Refund " + w + " draft", "Not yet.", "en");

    List<UUID> forEnglish =
        mine(
            suggestions.suggest("Refund for " + w, "the course was cancelled", Locale.ENGLISH, 20),
            w);
    assertThat(forEnglish).containsExactly(english.id(), englishBody.id(), chinese.id());

    List<UUID> forChinese =
        mine(suggestions.suggest("申请退款 " + w, "学生要求退款", Locale.SIMPLIFIED_CHINESE, 20), w);
    assertThat(forChinese.getFirst()).isEqualTo(chinese.id());
    assertThat(forChinese).containsExactlyInAnyOrder(english.id(), englishBody.id(), chinese.id());

    assertThat(suggestions.suggest("  ", null, Locale.ENGLISH, 5)).isEmpty();
    assertThat(suggestions.suggest(w, null, Locale.ENGLISH, 1)).hasSize(1);
  }

  @Test
  void aCaseLinksPublishedArticlesAndEachArticleCountsItsCases() {
    Article first = write.published("Refund form", "Fill it in.", "en");
    Article second = write.published("退款流程", "三个步骤。", "zh-CN");
    Article draft = write.draft("Unfinished", "Later.", "en");
    UUID aCase = UUID.randomUUID();
    UUID anotherCase = UUID.randomUUID();

    assertThat(links.link(aCase, first.id(), writer)).isTrue();
    assertThat(links.link(aCase, first.id(), writer)).as("linked once").isFalse();
    assertThat(links.link(aCase, second.id(), writer)).isTrue();
    assertThat(links.link(anotherCase, first.id(), writer)).isTrue();

    List<LinkedArticle> ofCase = links.articlesOf(aCase);
    assertThat(ofCase)
        .extracting(LinkedArticle::articleId)
        .containsExactly(first.id(), second.id());
    assertThat(ofCase.getFirst().linkedBy()).isEqualTo(writer);
    assertThat(ofCase.getFirst().title()).isEqualTo("Refund form");
    assertThat(links.casesOf(first.id())).isEqualTo(2);
    assertThat(links.casesOf(second.id())).isEqualTo(1);

    assertThatThrownBy(() -> links.link(aCase, draft.id(), writer))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> links.link(aCase, UUID.randomUUID(), writer))
        .isInstanceOf(RecordNotFoundException.class);

    assertThat(links.unlink(aCase, first.id())).isTrue();
    assertThat(links.unlink(aCase, first.id())).isFalse();
    assertThat(links.articlesOf(aCase))
        .extracting(LinkedArticle::articleId)
        .containsExactly(second.id());
    assertThat(links.casesOf(first.id())).isEqualTo(1);

    articles.delete(second.id(), null);
    assertThat(links.articlesOf(aCase)).as("a deleted article's links go with it").isEmpty();
  }

  private List<ArticleRow> rows(String q, String tag, boolean drafts) {
    return search.search(filter(q, tag), drafts, null, 50).items();
  }

  private static ArticleFilter filter(String q, String tag) {
    return new ArticleFilter(q, null, tag, null, null, null);
  }

  /** The suggested articles that carry this test's word, in their order. */
  private List<UUID> mine(List<ArticleSuggestion> found, String w) {
    Set<UUID> ours =
        Set.copyOf(
            search.search(filter(w, null), true, null, 50).items().stream()
                .map(ArticleRow::id)
                .toList());
    return found.stream().map(ArticleSuggestion::id).filter(ours::contains).toList();
  }
}
