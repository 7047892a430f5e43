package io.pyra.analytics.web;

import io.pyra.analytics.grading.GradeOverrides;
import io.pyra.analytics.grading.GrowthProspects;
import io.pyra.platform.audit.AuditRecordWords;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A grade override and a growth prospect in the audit log's words: by their customer. */
@Component
class GradingAuditWords implements AuditRecordWords {

  private final JdbcClient jdbc;

  GradingAuditWords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(GradeOverrides.RECORD_TYPE, GrowthProspects.RECORD_TYPE);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    return AuditRecordWords.namesById(
        jdbc, "select id, code || ' ' || name from customer_card_view where id in (:ids)", ids);
  }
}
