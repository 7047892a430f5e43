package io.pyra.support.knowledge;

import io.pyra.identity.UserId;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links between cases and the articles that helped with them. The case's code checks that the
 * user may work the case; only a published article can be linked (a draft is not yet an answer).
 * Linking twice keeps the first link; deleting an article removes its links.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeLinks {

  private static final String EXISTS =
      "select count(*) from support_case_article where case_id = :case and article_id = :article";

  private static final String INSERT =
      """
      insert into support_case_article (case_id, article_id, linked_by, linked_at)
      values (:case, :article, :by, :at)""";

  private static final String DELETE =
      "delete from support_case_article where case_id = :case and article_id = :article";

  private static final String OF_CASE =
      """
      select a.id, a.title, a.language, a.status, l.linked_by, l.linked_at
        from support_case_article l join support_article a on a.id = l.article_id
       where l.case_id = :case
       order by l.linked_at, a.id""";

  private static final String CASES_OF =
      "select count(*) from support_case_article where article_id = :article";

  private final JdbcClient jdbc;
  private final Articles articles;

  KnowledgeLinks(JdbcClient jdbc, Articles articles) {
    this.jdbc = jdbc;
    this.articles = articles;
  }

  /**
   * Links the article to the case; true when the link is new.
   *
   * @throws io.pyra.platform.error.RecordNotFoundException when there is no such article
   * @throws BusinessRuleException on {@code articleId} when the article is a draft
   */
  @Transactional
  public boolean link(UUID caseId, UUID articleId, UserId by) {
    Objects.requireNonNull(caseId, "caseId");
    Article article = articles.get(articleId);
    if (!article.published()) {
      throw new BusinessRuleException("articleId", "published", "knowledge.link.draft");
    }
    if (linked(caseId, articleId)) {
      return false;
    }
    jdbc.sql(INSERT)
        .param("case", caseId)
        .param("article", articleId)
        .param("by", by.value())
        .param("at", SqlTime.utc(Instant.now()))
        .update();
    return true;
  }

  /** Removes the link; true when there was one. */
  @Transactional
  public boolean unlink(UUID caseId, UUID articleId) {
    return jdbc.sql(DELETE).param("case", caseId).param("article", articleId).update() > 0;
  }

  /** The case's articles in the order they were linked. */
  public List<LinkedArticle> articlesOf(UUID caseId) {
    return jdbc.sql(OF_CASE)
        .param("case", caseId)
        .query(
            (rs, n) ->
                new LinkedArticle(
                    rs.getObject("id", UUID.class),
                    rs.getString("title"),
                    rs.getString("language"),
                    ArticleStatus.valueOf(rs.getString("status")),
                    new UserId(rs.getObject("linked_by", UUID.class)),
                    SqlTime.instant(rs.getObject("linked_at", OffsetDateTime.class))))
        .list();
  }

  /** How many cases the article is linked to. */
  public long casesOf(UUID articleId) {
    return jdbc.sql(CASES_OF).param("article", articleId).query(Long.class).single();
  }

  private boolean linked(UUID caseId, UUID articleId) {
    return jdbc.sql(EXISTS)
            .param("case", caseId)
            .param("article", articleId)
            .query(Long.class)
            .single()
        > 0;
  }
}
