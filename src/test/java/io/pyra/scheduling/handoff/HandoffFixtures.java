package io.pyra.scheduling.handoff;

import io.pyra.testing.ApiClient;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rooms and bookings written with SQL (as the booking service leaves them: a move raises the
 * sequence, a cancellation sets the status), target bodies for the API, and readers of the files a
 * target receives.
 */
final class HandoffFixtures {

  static final String TARGETS = "/api/v1/scheduling/handoff-targets";

  private final JdbcClient jdbc;

  HandoffFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID room(UUID centre, String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, active,
                                             version, created_at, updated_at)
            values (:id, 'ROOM', :code, :name, :unit, 20, true, 0, :now, :now)""")
        .param("id", id)
        .param("code", "H" + id.toString().substring(0, 8).toUpperCase())
        .param("name", name)
        .param("unit", centre)
        .param("now", utc(Instant.now()))
        .update();
    return id;
  }

  UUID booking(String title, UUID centre, UUID bookedBy, Instant starts, Instant ends, UUID room) {
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
        .param("ical", id + "@handoff.test")
        .param("now", utc(Instant.now()))
        .update();
    jdbc.sql(
            """
            insert into scheduling_booking_resource (booking_id, resource_id, starts_at, ends_at,
                                                     active)
            values (:b, :r, :s, :e, true)""")
        .param("b", id)
        .param("r", room)
        .param("s", utc(starts))
        .param("e", utc(ends))
        .update();
    return id;
  }

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

  long targets() {
    return jdbc.sql("select count(*) from scheduling_handoff_target").query(Long.class).single();
  }

  /** A target body: a daily run at 06:00 over 10 days, both formats, with the fields given. */
  static Map<String, Object> target(String name, Object... fields) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("formats", "BOTH");
    body.put("horizonDays", 10);
    body.put("scheduleKind", "DAILY");
    body.put("dailyAt", "06:00");
    for (int i = 0; i < fields.length; i += 2) {
      body.put((String) fields[i], fields[i + 1]);
    }
    return body;
  }

  /** Runs the target now through the API, with its current ETag. */
  static ApiClient.Response runNow(ApiClient api, String id) {
    String etag = api.get(TARGETS + "/" + id).header("ETag");
    return api.send(
        api.builder(TARGETS + "/" + id + "/runs")
            .header("If-Match", etag)
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
  }

  /** The files in the folder with the ending, by name (the run time orders them). */
  static List<Path> files(Path folder, String ending) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().toList();
    }
  }

  static List<VEvent> events(String text) throws IOException, ParserException {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  static List<CSVRecord> rows(String text) throws IOException {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
