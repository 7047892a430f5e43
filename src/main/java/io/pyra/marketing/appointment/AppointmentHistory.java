package io.pyra.marketing.appointment;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes each change of an appointment into {@code marketing_appointment_change}. */
@Component
class AppointmentHistory {

  /** What happened to an appointment. */
  enum Kind {
    BOOKED,
    RESCHEDULED,
    CANCELLED,
    ARRIVED,
    NO_SHOW,
    CONSULTED
  }

  private final JdbcClient jdbc;

  AppointmentHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(
      UUID appointmentId,
      Kind kind,
      UUID actor,
      Instant oldStart,
      Instant newStart,
      UUID oldConsultant,
      UUID newConsultant,
      String note,
      Instant at) {
    jdbc.sql(
            """
            insert into marketing_appointment_change (id, appointment_id, at, kind, actor_id,
              old_starts_at, new_starts_at, old_consultant_id, new_consultant_id, note)
            values (:id, :appointment, :at, :kind, :actor, :oldStart, :newStart, :oldConsultant,
              :newConsultant, :note)""")
        .param("id", Ids.newId())
        .param("appointment", appointmentId)
        .param("at", SqlTime.utc(at))
        .param("kind", kind.name())
        .param("actor", actor)
        .param("oldStart", oldStart == null ? null : SqlTime.utc(oldStart))
        .param("newStart", newStart == null ? null : SqlTime.utc(newStart))
        .param("oldConsultant", oldConsultant)
        .param("newConsultant", newConsultant)
        .param("note", note == null || note.length() <= 500 ? note : note.substring(0, 500))
        .update();
  }

  void record(UUID appointmentId, Kind kind, UUID actor, String note, Instant at) {
    record(appointmentId, kind, actor, null, null, null, null, note, at);
  }
}
