package io.pyra.scheduling.handoff;

import io.pyra.platform.SqlTime;
import io.pyra.scheduling.calendar.BookingFacts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bookings of a target's coming horizon (from now, {@code horizon_days} ahead) in its centre's
 * subtree (or every centre): the confirmed ones, and the cancelled ones the target was sent before
 * (so that it learns of the cancellation); and those it was sent that were moved beyond the horizon
 * since (so that it learns of the move, rather than keeping them at their old time). At most
 * {@value #MAX} a run, by start.
 */
@Component
class HandoffBookings {

  static final int MAX = 2000;

  /** The bookings of the target's centre (or of every centre), each with what it was sent of it. */
  private static final String FROM =
      """
        from scheduling_booking b
        join identity_org_unit_view ou on ou.id = b.org_unit_id
        left join identity_org_unit_view c on c.id = :centre
        left join scheduling_handoff_sent s on s.booking_id = b.id and s.target_id = :target
       where (:everywhere or ou.path like c.path || '%')
      """;

  /** Of the horizon: the confirmed ones, and the cancelled ones the target was sent. */
  private static final String IN_HORIZON =
      FROM
          + """
             and b.starts_at < :until and b.ends_at > :since
             and (b.status = 'CONFIRMED' or s.booking_id is not null)
          """;

  /** Sent to the target before, and now starting after the horizon (moved away since). */
  private static final String MOVED_BEYOND =
      FROM + " and s.booking_id is not null and b.starts_at >= :until\n";

  private static final String COLUMNS =
      """
      select b.id, b.ical_uid, b.sequence, b.title, b.note, b.starts_at, b.ends_at,
             b.status, b.org_unit_id, ou.name, b.booked_by, b.purpose, s.content_hash, ou.time_zone
      """;

  private record Held(String kind, String name) {}

  private final JdbcClient jdbc;

  HandoffBookings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The bookings; times of a centre without a time zone of its own are in {@code zone}. */
  List<HandedOffBooking> of(HandoffTarget target, Instant now, ZoneId zone) {
    Instant until = now.plus(Duration.ofDays(target.horizonDays()));
    Map<UUID, List<Held>> held = held(target, now, until);
    return jdbc.sql(
            "select * from ("
                + COLUMNS
                + IN_HORIZON
                + " union all "
                + COLUMNS
                + MOVED_BEYOND
                + ") t order by t.starts_at, t.id fetch first 2000 rows only")
        .param("target", target.id())
        .param("centre", target.orgUnitId())
        .param("everywhere", target.orgUnitId() == null)
        .param("since", SqlTime.utc(now))
        .param("until", SqlTime.utc(until))
        .query((rs, n) -> booking(rs, held, zone))
        .list();
  }

  private Map<UUID, List<Held>> held(HandoffTarget target, Instant now, Instant until) {
    Map<UUID, List<Held>> held = new HashMap<>();
    jdbc.sql(
            "select br.booking_id, r.kind, r.name from scheduling_booking_resource br"
                + " join scheduling_resource r on r.id = br.resource_id"
                + " where br.booking_id in (select b.id "
                + IN_HORIZON
                + " union select b.id "
                + MOVED_BEYOND
                + ") order by br.booking_id, r.kind, r.name, r.id")
        .param("target", target.id())
        .param("centre", target.orgUnitId())
        .param("everywhere", target.orgUnitId() == null)
        .param("since", SqlTime.utc(now))
        .param("until", SqlTime.utc(until))
        .query(
            (rs, n) ->
                held.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(new Held(rs.getString(2), rs.getString(3))))
        .list();
    return held;
  }

  private static HandedOffBooking booking(
      java.sql.ResultSet rs, Map<UUID, List<Held>> held, ZoneId zone) throws java.sql.SQLException {
    UUID id = rs.getObject(1, UUID.class);
    String centre = rs.getString(10);
    List<String> place = new ArrayList<>();
    if (centre != null) {
      place.add(centre);
    }
    List<String> resources = new ArrayList<>();
    for (Held resource : held.getOrDefault(id, List.of())) {
      resources.add(resource.name());
      if (!"INSTRUCTOR".equals(resource.kind())) {
        place.add(resource.name());
      }
    }
    BookingFacts facts =
        new BookingFacts(
            id,
            rs.getString(2),
            rs.getInt(3),
            rs.getString(4),
            rs.getString(5),
            SqlTime.instant(rs.getObject(6, OffsetDateTime.class)),
            SqlTime.instant(rs.getObject(7, OffsetDateTime.class)),
            "CANCELLED".equals(rs.getString(8)),
            rs.getObject(9, UUID.class),
            String.join(", ", place),
            rs.getObject(11, UUID.class),
            List.of());
    String purpose = rs.getString(12);
    return new HandedOffBooking(
        facts,
        purpose,
        centre,
        resources,
        hash(facts, purpose, resources),
        rs.getString(13),
        rs.getString(14) == null ? zone : ZoneId.of(rs.getString(14)));
  }

  /** The SHA-256 of everything a target is sent of the booking. */
  static String hash(BookingFacts facts, String purpose, List<String> resources) {
    String text =
        String.join(
            "\u001f",
            facts.icalUid(),
            String.valueOf(facts.sequence()),
            String.valueOf(facts.cancelled()),
            facts.title(),
            String.valueOf(facts.note()),
            purpose,
            facts.startsAt().toString(),
            facts.endsAt().toString(),
            facts.location(),
            String.join("\u001e", resources));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
