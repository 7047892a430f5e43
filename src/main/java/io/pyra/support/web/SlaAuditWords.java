package io.pyra.support.web;

import io.pyra.identity.IdentityRecordTypes;
import io.pyra.platform.audit.AuditRecordWords;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SLA policies and settings, case categories and root causes in the audit log's words: a policy by
 * what it is for ("Grade A, serious, any category"), a term by its name in the reader's language,
 * targets in working hours, severities by their labels, the breach team by its name.
 */
@Component
class SlaAuditWords implements AuditRecordWords {

  private static final String POLICY = "support_sla_policy";
  private static final String SETTING = "support_sla_setting";
  private static final String CATEGORY = "support_case_category";
  private static final String CAUSE = "support_root_cause";

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final SlaPolicyNames names;
  private final WorkingTimeWords words;

  SlaAuditWords(
      JdbcClient jdbc, MessageSource messages, SlaPolicyNames names, WorkingTimeWords words) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.names = names;
    this.words = words;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(POLICY, SETTING, CATEGORY, CAUSE);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    boolean chinese = locale.getLanguage().equals("zh");
    return switch (recordType) {
      case POLICY -> policyNames(ids, locale);
      case SETTING -> settingNames(ids, locale);
      case CATEGORY ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, name_zh from support_case_category where id in (:ids)"
                  : "select id, name_en from support_case_category where id in (:ids)",
              ids);
      case CAUSE ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, name_zh from support_root_cause where id in (:ids)"
                  : "select id, name_en from support_root_cause where id in (:ids)",
              ids);
      default -> Map.of();
    };
  }

  private Map<String, String> policyNames(Set<String> ids, Locale locale) {
    Map<String, String> found = new HashMap<>();
    jdbc.sql(
            "select id, grade, severity, service_category from support_sla_policy"
                + " where id in (:ids)")
        .param("ids", ids.stream().map(UUID::fromString).toList())
        .query(
            rs -> {
              found.put(
                  rs.getObject(1, UUID.class).toString(),
                  names.name(rs.getString(2), rs.getString(3), rs.getString(4), locale));
            });
    return found;
  }

  private Map<String, String> settingNames(Set<String> ids, Locale locale) {
    String name = messages.getMessage("audit.record.support_sla_setting", null, locale);
    Map<String, String> found = new HashMap<>();
    ids.forEach(id -> found.put(id, name));
    return found;
  }

  @Override
  public Map<String, String> references(String recordType) {
    return switch (recordType) {
      case SETTING -> Map.of("breachTeamId", IdentityRecordTypes.ORG_UNIT);
      case CATEGORY -> Map.of("parentId", CATEGORY);
      case CAUSE -> Map.of("parentId", CAUSE);
      default -> Map.of();
    };
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    return switch (field) {
      case "severity" -> messages.getMessage("sla.severity." + value, null, null, locale);
      case "firstResponse", "resolution", "secondEscalationAfter" -> duration(value, locale);
      case "serviceCategory" -> POLICY.equals(recordType) ? names.category(value, locale) : null;
      default -> null;
    };
  }

  private String duration(String value, Locale locale) {
    try {
      return words.words(Duration.parse(value), locale);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
