package io.pyra.marketing.mailing;

import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Mailings are written with plain SQL, so the audit log learns of their changes here, as it learns
 * of an entity's: the fields a user writes and the status, each with its value before and after.
 */
@Component
class MailingAudit {

  /** The record type of a mailing in the audit log (its table's name, as for entities). */
  static final String RECORD_TYPE = "marketing_mailing";

  private static final List<Field> FIELDS =
      List.of(
          new Field("campaignId", MailingRow::campaignId),
          new Field("audienceId", MailingRow::audienceId),
          new Field("channel", MailingRow::channel),
          new Field("language", MailingRow::language),
          new Field("subject", MailingRow::subject),
          new Field("body", MailingRow::body),
          new Field("status", MailingRow::status));

  private record Field(String name, Function<MailingRow, Object> value) {}

  private final AuditLog log;

  MailingAudit(AuditLog log) {
    this.log = log;
  }

  void created(MailingRow mailing) {
    changed("CREATE", null, mailing);
  }

  /** Logs the fields that differ between the mailing {@code before} and {@code after} a change. */
  void updated(MailingRow before, MailingRow after) {
    changed("UPDATE", before, after);
  }

  private void changed(String action, MailingRow before, MailingRow after) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field field : FIELDS) {
      Object was = before == null ? null : field.value().apply(before);
      Object is = field.value().apply(after);
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChange(field.name(), text(was), text(is)));
      }
    }
    if (!changes.isEmpty()) {
      log.appendByCurrentActor(action, RECORD_TYPE, after.id().toString(), changes);
    }
  }

  private static String text(Object value) {
    return value == null ? null : FieldChange.created("value", value).after();
  }
}
