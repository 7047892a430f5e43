package io.pyra.platform.audit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module tells the audit log page about the records it owns, so that the page speaks of a
 * "Customer C-000123 Acme" whose "Stage" went from "Prospect" to "Active" rather than of {@code
 * customer_customer}, {@code stage} and {@code PROSPECT}. The platform knows no module: each module
 * implements this for its own record types, reading only its own tables.
 *
 * <p>The kind of a record is the message {@code audit.record.<recordType>}; a field's label is
 * {@code audit.field.<recordType>.<field>}, else {@code field.<field>}.
 */
public interface AuditRecordWords {

  /** The record types (as the log writes them) this module owns. */
  Set<String> recordTypes();

  /**
   * The names of those of the records that can still be found ("C-000123 Acme"), by id as the log
   * writes it; ids that are not found are left out.
   */
  Map<String, String> names(String recordType, Set<String> ids, Locale locale);

  /**
   * The fields of a record type that hold the id of another record, by field name, with the record
   * type of the record they refer to ({@code ownerId → identity_user}); their values are shown by
   * that record's name.
   */
  default Map<String, String> references(String recordType) {
    return Map.of();
  }

  /**
   * A coded value in words ({@code PROSPECT → Prospect}), or {@code null} when the value reads well
   * as it is.
   */
  default String value(String recordType, String field, String value, Locale locale) {
    return null;
  }

  /** The record type whose names are the names of the people who act, if this module owns it. */
  default String actorRecordType() {
    return null;
  }

  /**
   * The names answered by {@code sql}, a statement of the module's own that selects an id and a
   * name for the ids bound as {@code :ids}; blank names are left out like records not found.
   */
  static Map<String, String> namesById(JdbcClient jdbc, String sql, Set<String> ids) {
    Map<String, String> names = new HashMap<>();
    jdbc.sql(sql)
        .param("ids", ids.stream().map(UUID::fromString).toList())
        .query(
            rs -> {
              String name = rs.getString(2);
              if (name != null && !name.isBlank()) {
                names.put(rs.getObject(1, UUID.class).toString(), name);
              }
            });
    return names;
  }
}
