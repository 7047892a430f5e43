package io.pyra.scheduling.calendar;

import io.pyra.testing.ApiClient;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resources and bookings of scheduling written with plain SQL (the booking and resource services
 * are other work), and multipart uploads for the import API.
 */
final class CalendarFixtures {

  static final Path ICALENDAR = Path.of("../shared/data/icalendar");

  private final JdbcClient jdbc;

  CalendarFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A room of the centre. */
  UUID room(UUID centre) {
    return resource("ROOM", centre, null);
  }

  /** The instructor resource of a user, in the centre. */
  UUID instructor(UUID centre, UUID userId) {
    return resource("INSTRUCTOR", centre, userId);
  }

  UUID resource(String kind, UUID centre, UUID userId) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, user_id,
                                             active, version, created_at, updated_at)
            values (:id, :kind, :code, :name, :unit, null, :user, true, 0, :now, :now)""")
        .param("id", id)
        .param("kind", kind)
        .param("code", "R" + id.toString().substring(0, 8))
        .param(
            "name",
            kind.charAt(0) + kind.substring(1).toLowerCase() + " " + id.toString().substring(0, 4))
        .param("unit", centre)
        .param("user", userId)
        .param("now", utc(Instant.now()))
        .update();
    return id;
  }

  /**
   * A confirmed booking by {@code bookedBy} of the resources, from {@code starts} to {@code ends}.
   */
  UUID booking(
      String title, UUID centre, UUID bookedBy, Instant starts, Instant ends, UUID... resources) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_booking (id, purpose, title, starts_at, ends_at, status,
                                            org_unit_id, booked_by, ical_uid, sequence, version,
                                            created_at, updated_at)
            values (:id, 'MEETING', :title, :starts, :ends, 'CONFIRMED', :unit, :by, :ical, 0, 0,
                    :now, :now)""")
        .param("id", id)
        .param("title", title)
        .param("starts", utc(starts))
        .param("ends", utc(ends))
        .param("unit", centre)
        .param("by", bookedBy)
        .param("ical", id + "@pyra.test")
        .param("now", utc(Instant.now()))
        .update();
    for (UUID resource : resources) {
      jdbc.sql(
              """
              insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at,
                                                       active)
              values (:b, :r, :s, :e, true)""")
          .param("b", id)
          .param("r", resource)
          .param("s", utc(starts))
          .param("e", utc(ends))
          .update();
    }
    return id;
  }

  /** The booking's invitation due to be mailed now, as a new booking is written with it. */
  void invitationDue(UUID booking) {
    jdbc.sql(
            """
            insert into scheduling_notice_due (booking_id, sequence, what, due_at, attempts,
                                               next_at)
            values (:b, 0, 'made', :now, 0, :now)""")
        .param("b", booking)
        .param("now", utc(Instant.now()))
        .update();
  }

  /** Moves the booking (and its resources' rows) and raises its sequence, as a change does. */
  void move(UUID booking, Instant starts, Instant ends, int sequence) {
    jdbc.sql(
            "update scheduling_booking set starts_at = :s, ends_at = :e, sequence = :q where id = :id")
        .param("s", utc(starts))
        .param("e", utc(ends))
        .param("q", sequence)
        .param("id", booking)
        .update();
    jdbc.sql(
            "update scheduling_booking_resource set starts_at = :s, ends_at = :e where booking_id = :id")
        .param("s", utc(starts))
        .param("e", utc(ends))
        .param("id", booking)
        .update();
  }

  /** Cancels the booking, as a cancellation does. */
  void cancel(UUID booking, int sequence) {
    jdbc.sql(
            """
            update scheduling_booking set status = 'CANCELLED', sequence = :q,
                   cancelled_at = :now where id = :id""")
        .param("q", sequence)
        .param("now", utc(Instant.now()))
        .param("id", booking)
        .update();
    jdbc.sql("update scheduling_booking_resource set active = false where booking_id = :id")
        .param("id", booking)
        .update();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A multipart POST of the file (field {@code file}) and the other fields. */
  static ApiClient.Response upload(
      ApiClient api, String path, String fileName, byte[] content, Map<String, String> fields) {
    return upload(api, path, fileName, content, fields, "en");
  }

  /** The same, asking for answers in {@code language} (an Accept-Language). */
  static ApiClient.Response upload(
      ApiClient api,
      String path,
      String fileName,
      byte[] content,
      Map<String, String> fields,
      String language) {
    String boundary = "----pyra" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/calendar\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api.send(
        api.builder(path)
            .header("Accept-Language", language)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
