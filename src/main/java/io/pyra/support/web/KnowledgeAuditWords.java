package io.pyra.support.web;

import io.pyra.identity.IdentityRecordTypes;
import io.pyra.platform.audit.AuditRecordWords;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Articles and their categories in the audit log's words: an article by its title, a category by
 * its name in the reader's language, languages, audiences and statuses by their labels.
 */
@Component
class KnowledgeAuditWords implements AuditRecordWords {

  private static final String ARTICLE = "support_article";
  private static final String CATEGORY = "support_article_category";

  private final JdbcClient jdbc;
  private final MessageSource messages;

  KnowledgeAuditWords(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(ARTICLE, CATEGORY);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    return switch (recordType) {
      case ARTICLE ->
          AuditRecordWords.namesById(
              jdbc, "select id, title from support_article where id in (:ids)", ids);
      case CATEGORY ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, name_zh from support_article_category where id in (:ids)"
                  : "select id, name_en from support_article_category where id in (:ids)",
              ids);
      default -> Map.of();
    };
  }

  @Override
  public Map<String, String> references(String recordType) {
    return switch (recordType) {
      case ARTICLE -> Map.of("categoryId", CATEGORY, "authorId", IdentityRecordTypes.USER);
      case CATEGORY -> Map.of("parentId", CATEGORY);
      default -> Map.of();
    };
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    if (!ARTICLE.equals(recordType)) {
      return null;
    }
    return switch (field) {
      case "language", "audience", "status" ->
          messages.getMessage("knowledge." + field + "." + value, null, null, locale);
      default -> null;
    };
  }
}
