package io.pyra.support.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an article's tags and search terms beside it, in the same transaction, so that the search
 * and the tag filter always see what the article says.
 */
@Component
class ArticleIndex {

  private static final String DELETE_TAGS = "delete from support_article_tag where article_id = ?";
  private static final String INSERT_TAG =
      "insert into support_article_tag (article_id, tag) values (?, ?)";
  private static final String DELETE_TERMS =
      "delete from support_article_term where article_id = ?";
  private static final String INSERT_TERM =
      "insert into support_article_term (article_id, term, weight) values (?, ?, ?)";

  private final JdbcTemplate jdbc;

  ArticleIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the article's tags and terms with those of its present text. */
  void write(Article article) {
    UUID id = article.id();
    jdbc.update(DELETE_TAGS, id);
    List<Object[]> tags = new ArrayList<>();
    for (String tag : article.tags()) {
      tags.add(new Object[] {id, tag(tag)});
    }
    jdbc.batchUpdate(INSERT_TAG, tags);
    jdbc.update(DELETE_TERMS, id);
    List<Object[]> terms = new ArrayList<>();
    for (Map.Entry<String, Integer> term :
        ArticleTerms.weights(article.title(), article.tags(), article.body()).entrySet()) {
      terms.add(new Object[] {id, term.getKey(), term.getValue()});
    }
    jdbc.batchUpdate(INSERT_TERM, terms);
  }

  /** A tag as the filter compares it: case ignored. */
  static String tag(String tag) {
    return tag.toLowerCase(Locale.ROOT);
  }
}
