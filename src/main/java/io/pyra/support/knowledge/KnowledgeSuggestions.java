package io.pyra.support.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published articles that may answer a case, by how much they share with its subject and
 * description: the terms both have, each by its weight in the article (a title's above a body's),
 * counted twice when the subject has it. Articles in the reader's language come first, then the
 * others; single Chinese characters are left out (too common to tell articles apart).
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSuggestions {

  /** The most suggestions asked for at once. */
  public static final int MAX_LIMIT = 20;

  /** The most terms taken from the text (the subject's first). */
  static final int TERMS_MAX = 200;

  /** The longest text read: a longer description is read up to this. */
  static final int TEXT_MAX = 20_000;

  private static final String NONE = "";

  private static final String SUGGEST =
      """
      select a.id, a.title, a.language, a.audience, m.score
        from support_article a
        join (select t.article_id,
                     sum(t.weight) + sum(case when t.term in (:subject) then t.weight else 0 end) as score
                from support_article_term t
               where t.term in (:terms)
               group by t.article_id) m on m.article_id = a.id
       where a.status = 'PUBLISHED'
       order by case when a.language = :language then 0 else 1 end, m.score desc, a.id
       limit :limit""";

  private final JdbcClient jdbc;

  KnowledgeSuggestions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Up to {@code limit} (at most {@link #MAX_LIMIT}) published articles like the case's text, those
   * in {@code locale}'s language first, each group best first; empty when the text has no word to
   * go by. Either text may be null.
   */
  public List<ArticleSuggestion> suggest(
      String subject, String description, Locale locale, int limit) {
    List<String> subjectTerms = terms(subject);
    Set<String> all = new LinkedHashSet<>(subjectTerms);
    all.addAll(terms(description));
    List<String> terms = all.stream().limit(TERMS_MAX).toList();
    if (terms.isEmpty() || limit < 1) {
      return List.of();
    }
    return jdbc.sql(SUGGEST)
        .param("terms", terms)
        .param("subject", subjectTerms.isEmpty() ? List.of(NONE) : subjectTerms)
        .param("language", ArticleLanguages.of(locale))
        .param("limit", Math.min(limit, MAX_LIMIT))
        .query(
            (rs, n) ->
                new ArticleSuggestion(
                    rs.getObject("id", UUID.class),
                    rs.getString("title"),
                    rs.getString("language"),
                    Audience.valueOf(rs.getString("audience")),
                    rs.getLong("score")))
        .list();
  }

  /** The text's terms without single Chinese characters. */
  private static List<String> terms(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String read = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
    List<String> terms = new ArrayList<>();
    for (String term : ArticleTerms.query(read, TERMS_MAX)) {
      if (term.codePointCount(0, term.length()) > 1) {
        terms.add(term);
      }
    }
    return terms;
  }
}
