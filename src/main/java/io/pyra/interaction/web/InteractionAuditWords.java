package io.pyra.interaction.web;

import io.pyra.customer.CustomerRecordTypes;
import io.pyra.identity.IdentityRecordTypes;
import io.pyra.platform.PlaceNames;
import io.pyra.platform.audit.AuditRecordWords;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contact records, tasks, jobs, contact types, follow-up policies and follow-up rules in the audit
 * log's words: a job by its code and name, a task by its title, a contact type by its name in the
 * reader's language, a follow-up rule by its tier or grade, channels, directions, statuses, tiers
 * and countries by their labels.
 */
@Component
class InteractionAuditWords implements AuditRecordWords {

  private static final String RECORD = "interaction_record";
  private static final String TASK = "interaction_task";
  private static final String JOB = "interaction_job";
  private static final String TYPE = "interaction_type";
  private static final String POLICY = "interaction_follow_up_policy";
  private static final String RULE = "interaction_follow_up_rule";
  private static final String USER = IdentityRecordTypes.USER;

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final PlaceNames places;

  InteractionAuditWords(JdbcClient jdbc, MessageSource messages, PlaceNames places) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.places = places;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(RECORD, TASK, JOB, TYPE, POLICY, RULE);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    boolean chinese = locale.getLanguage().equals("zh");
    return switch (recordType) {
      case JOB ->
          AuditRecordWords.namesById(
              jdbc, "select id, code || ' ' || name from interaction_job where id in (:ids)", ids);
      case TASK ->
          AuditRecordWords.namesById(
              jdbc, "select id, title from interaction_task where id in (:ids)", ids);
      case RECORD ->
          AuditRecordWords.namesById(
              jdbc, "select id, subject from interaction_record where id in (:ids)", ids);
      case TYPE ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, name_zh from interaction_type where id in (:ids)"
                  : "select id, name_en from interaction_type where id in (:ids)",
              ids);
      case RULE -> ruleNames(ids, locale);
      default -> Map.of();
    };
  }

  /** A follow-up rule by what it is for: "Top tier", "Grade A". */
  private Map<String, String> ruleNames(Set<String> ids, Locale locale) {
    Map<String, String> names = new java.util.HashMap<>();
    jdbc.sql("select id, tier, grade from interaction_follow_up_rule where id in (:ids)")
        .param("ids", ids.stream().map(java.util.UUID::fromString).toList())
        .query(
            rs -> {
              names.put(
                  rs.getObject(1, java.util.UUID.class).toString(),
                  ruleName(rs.getString(2), rs.getString(3), locale));
            });
    return names;
  }

  private String ruleName(String tier, String grade, Locale locale) {
    return tier != null
        ? messages.getMessage("followUpRule.tierName." + tier, null, tier, locale)
        : messages.getMessage("followUpRule.grade", new Object[] {grade}, locale);
  }

  @Override
  public Map<String, String> references(String recordType) {
    return switch (recordType) {
      case RECORD ->
          Map.of(
              "customerId", CustomerRecordTypes.CUSTOMER,
              "contactId", CustomerRecordTypes.CONTACT,
              "jobId", JOB,
              "typeId", TYPE,
              "authorId", USER,
              "overrideBy", USER,
              "orgUnitId", IdentityRecordTypes.ORG_UNIT);
      case TASK ->
          Map.of(
              "customerId", CustomerRecordTypes.CUSTOMER,
              "recordId", RECORD,
              "jobId", JOB,
              "assigneeId", USER,
              "createdBy", USER);
      case JOB ->
          Map.of(
              "customerId", CustomerRecordTypes.CUSTOMER,
              "orgUnitId", IdentityRecordTypes.ORG_UNIT,
              "createdBy", USER);
      case TYPE -> Map.of("parentId", TYPE);
      case POLICY -> Map.of("roleId", IdentityRecordTypes.ROLE);
      default -> Map.of();
    };
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    return switch (field) {
      case "channel" -> messages.getMessage("interaction.channel." + value, null, null, locale);
      case "direction" -> messages.getMessage("interaction.direction." + value, null, null, locale);
      case "country" -> places.country(value, locale);
      case "status" ->
          messages.getMessage(
              (recordType.equals(JOB) ? "interaction.job.status." : "task.status.") + value,
              null,
              null,
              locale);
      case "priority" -> messages.getMessage("task.priority." + value, null, null, locale);
      case "type" -> messages.getMessage("task.type." + value, null, null, locale);
      case "tier" ->
          RULE.equals(recordType)
              ? messages.getMessage("followUpRule.tier." + value, null, null, locale)
              : null;
      default -> null;
    };
  }
}
