package io.pyra.support.knowledge;

import io.pyra.platform.LocalizedName;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one query behind the article list of the page and of the API. With words to search for, the
 * articles sharing terms with them, best match first (the sum of the matched terms' weights, so a
 * word in the title counts more than in the body); without, the latest changed first. Paged by an
 * opaque keyset cursor. A reader without {@code knowledge.write} sees published articles only.
 */
@Component
@Transactional(readOnly = true)
public class ArticleSearch {

  public static final int MAX_LIMIT = 100;
  public static final int QUERY_MAX = 200;
  static final int QUERY_TERMS_MAX = 64;
  static final int EXCERPT_MAX = 200;

  static final KeysetCursor.Format BY_MATCH =
      KeysetCursor.format("article-match", Long.class, UUID.class)
          .refusedWith("knowledge.cursor.invalid");
  static final KeysetCursor.Format BY_CHANGE =
      KeysetCursor.format("article", Instant.class, UUID.class)
          .refusedWith("knowledge.cursor.invalid");

  private static final String COLUMNS =
      """
      select a.id, a.title, substring(a.body, 1, 600) as head, a.tags, a.language, a.audience,
             a.status, a.author_id, a.updated_at, a.version, c.code as category_code,
             c.name_en as category_name_en, c.name_zh as category_name_zh,\s""";

  private static final String MATCHING =
      COLUMNS
          + """
          m.score
            from support_article a
            join (select t.article_id, sum(t.weight) as score
                    from support_article_term t
                   where t.term in (:terms)
                   group by t.article_id) m on m.article_id = a.id
            left join support_article_category c on c.id = a.category_id
           where\s""";

  private static final String ALL =
      COLUMNS
          + """
          0 as score
            from support_article a
            left join support_article_category c on c.id = a.category_id
           where\s""";

  private final JdbcClient jdbc;
  private final ArticleCategories categories;

  ArticleSearch(JdbcClient jdbc, ArticleCategories categories) {
    this.jdbc = jdbc;
    this.categories = categories;
  }

  /**
   * Up to {@code limit} articles after {@code cursor} (null: from the start); drafts only when
   * {@code drafts}.
   *
   * @throws BusinessRuleException naming the field of a filter that cannot be (too long a query, an
   *     unknown category, language, audience or status, a cursor of another list)
   */
  public Slice<ArticleRow> search(ArticleFilter filter, boolean drafts, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = conditions(filter, drafts);
    where.param("limit", size + 1);
    if (filter.q() == null) {
      KeysetCursor after = BY_CHANGE.decode(cursor);
      if (after != null) {
        where.and(Order.CHANGE.after(SqlTime.utc(after.instant(0)), after.uuid(1)));
      }
      List<ArticleRow> rows =
          where
              .query(jdbc, ALL, Order.CHANGE.orderBy(), "limit :limit")
              .query(ArticleSearch::row)
              .list();
      return Slice.of(rows, size, last -> BY_CHANGE.encode(last.updatedAt(), last.id()));
    }
    List<String> terms = ArticleTerms.query(filter.q(), QUERY_TERMS_MAX);
    KeysetCursor after = BY_MATCH.decode(cursor);
    if (terms.isEmpty()) {
      return Slice.empty();
    }
    where.param("terms", terms);
    if (after != null) {
      where.and(Order.MATCH.after(after.number(0), after.uuid(1)));
    }
    List<ArticleRow> rows =
        where
            .query(jdbc, MATCHING, Order.MATCH.orderBy(), "limit :limit")
            .query(ArticleSearch::row)
            .list();
    return Slice.of(rows, size, last -> BY_MATCH.encode(last.score(), last.id()));
  }

  private Where conditions(ArticleFilter filter, boolean drafts) {
    Where where = new Where();
    if (filter.q() != null && filter.q().length() > QUERY_MAX) {
      throw new BusinessRuleException("q", "max-length", "knowledge.q.max-length", QUERY_MAX);
    }
    if (!drafts) {
      where.and("a.status = 'PUBLISHED'");
    }
    if (filter.status() != null) {
      where.and("a.status = :status", "status", status(filter.status()).name());
    }
    if (filter.language() != null) {
      String language = ArticleLanguages.parse(filter.language());
      if (language == null) {
        throw new BusinessRuleException(
            "language", "one-of", "knowledge.language.one-of", Articles.echo(filter.language()));
      }
      where.and("a.language = :language", "language", language);
    }
    if (filter.audience() != null) {
      where.and("a.audience = :audience", "audience", audience(filter.audience()).name());
    }
    if (filter.category() != null) {
      Set<UUID> ids = categories.withDescendants(filter.category());
      if (ids.isEmpty()) {
        throw new BusinessRuleException(
            "category", "unknown", "knowledge.category.unknown", Articles.echo(filter.category()));
      }
      where.and(QueryPart.of("a.category_id in (:categories)", "categories", List.copyOf(ids)));
    }
    if (filter.tag() != null) {
      if (filter.tag().length() > Articles.TAG_MAX) {
        throw new BusinessRuleException(
            "tag", "max-length", "knowledge.tag.max-length", Articles.TAG_MAX);
      }
      where.and(
          "exists (select 1 from support_article_tag g where g.article_id = a.id and g.tag = :tag)",
          "tag",
          ArticleIndex.tag(filter.tag().replaceAll("\\s+", " ")));
    }
    return where;
  }

  private static ArticleStatus status(String text) {
    try {
      return ArticleStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "status", "one-of", "knowledge.status.one-of", Articles.echo(text));
    }
  }

  private static Audience audience(String text) {
    try {
      return Audience.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "audience", "one-of", "knowledge.audience.one-of", Articles.echo(text));
    }
  }

  private static ArticleRow row(ResultSet rs, int n) throws SQLException {
    String categoryCode = rs.getString("category_code");
    String tags = rs.getString("tags");
    return new ArticleRow(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        ArticleMarkdown.excerpt(rs.getString("head"), EXCERPT_MAX),
        categoryCode,
        categoryCode == null
            ? null
            : new LocalizedName(rs.getString("category_name_en"), rs.getString("category_name_zh")),
        tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
        rs.getString("language"),
        Audience.valueOf(rs.getString("audience")),
        ArticleStatus.valueOf(rs.getString("status")),
        rs.getObject("author_id", UUID.class),
        SqlTime.instant(rs.getObject("updated_at", OffsetDateTime.class)),
        rs.getLong("version"),
        rs.getLong("score"));
  }

  /** The orders of the list: by match, then id; by last change, latest first, then id. */
  private enum Order implements SortKey {
    MATCH(
        "order by m.score desc, a.id",
        "(m.score < :after0 or (m.score = :after0 and a.id > :after1))"),
    CHANGE(
        "order by a.updated_at desc, a.id",
        "(a.updated_at < :after0 or (a.updated_at = :after0 and a.id > :after1))");

    private final String orderBy;
    private final String after;

    Order(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
