package io.pyra.scheduling.calendar;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret iCalendar feeds a calendar application subscribes to: of the current user (the bookings
 * they made or teach in), of a resource or of a centre in their reach of {@code booking.read}. The
 * token (32 random bytes) is shown once when the feed is made; only its SHA-256 is kept. A feed
 * shows the bookings from {@value #DAYS_BACK} days back to {@value #DAYS_AHEAD} days ahead
 * (cancelled ones as cancelled), at most {@value #MAX_EVENTS}; a wrong or revoked token, or one
 * whose maker left, lost {@code booking.read} or its reach over the feed's resource or centre,
 * finds nothing.
 */
@Service
public class CalendarFeeds {

  static final String PERMISSION = "booking.read";
  static final int DAYS_BACK = 60;
  static final int DAYS_AHEAD = 180;
  static final int MAX_EVENTS = 2000;
  static final int MAX_FEEDS = 50;
  static final int NAME_MAX = 200;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A feed as its maker sees it; {@code token} only when just made. */
  public record Feed(
      UUID id, String kind, UUID targetId, String name, Instant createdAt, String token) {}

  private record Stored(String kind, UUID userId, UUID resourceId, UUID orgUnitId) {}

  private record Served(Stored feed, UUID maker) {}

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final BookingFactsReader bookings;
  private final IdentityApi identity;

  CalendarFeeds(
      JdbcClient jdbc, CurrentUser currentUser, BookingFactsReader bookings, IdentityApi identity) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.bookings = bookings;
    this.identity = identity;
  }

  /** The current user's feeds that are not revoked, newest first. */
  public List<Feed> mine() {
    return jdbc.sql(
            """
            select id, kind, coalesce(user_id, resource_id, org_unit_id), name, created_at
              from scheduling_feed where created_by = :me and revoked_at is null
             order by created_at desc, id fetch first 50 rows only""")
        .param("me", currentUser.requireId().value())
        .query(
            (rs, n) ->
                new Feed(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    SqlTime.instant(rs.getObject(5, OffsetDateTime.class)),
                    null))
        .list();
  }

  /**
   * Makes a feed of {@code kind} USER (the current user; {@code targetId} ignored), RESOURCE or
   * CENTRE; answers it with its token, which is never shown again.
   */
  @Transactional
  public Feed create(String kind, UUID targetId, String name) {
    UUID me = currentUser.requireId().value();
    String label = name == null ? "" : name.strip();
    if (label.isEmpty()) {
      throw new BusinessRuleException("name", "required", "schedulingcalendar.feed.name.required");
    }
    if (label.length() > NAME_MAX) {
      throw new BusinessRuleException(
          "name", "max-length", "validation.max-length", "name", NAME_MAX);
    }
    if (mine().size() >= MAX_FEEDS) {
      throw new BusinessRuleException(
          "name", "max-items", "schedulingcalendar.feed.too-many", MAX_FEEDS);
    }
    Stored target = target(kind, targetId, me);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    UUID id = Ids.newId();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into scheduling_feed (id, token_hash, kind, user_id, resource_id, org_unit_id,
                                         name, created_by, created_at)
            values (:id, :hash, :kind, :user, :resource, :unit, :name, :me, :now)""")
        .param("id", id)
        .param("hash", hash(token))
        .param("kind", target.kind())
        .param("user", target.userId())
        .param("resource", target.resourceId())
        .param("unit", target.orgUnitId())
        .param("name", label)
        .param("me", me)
        .param("now", SqlTime.utc(now))
        .update();
    UUID shown =
        target.userId() != null
            ? target.userId()
            : target.resourceId() != null ? target.resourceId() : target.orgUnitId();
    return new Feed(id, target.kind(), shown, label, now, token);
  }

  /** Revokes one of the current user's feeds: its address finds nothing from now on. */
  @Transactional
  public void revoke(UUID id) {
    int revoked =
        jdbc.sql(
                """
                update scheduling_feed set revoked_at = :now
                 where id = :id and created_by = :me and revoked_at is null""")
            .param("now", SqlTime.utc(Instant.now()))
            .param("id", id)
            .param("me", currentUser.requireId().value())
            .update();
    if (revoked == 0) {
      throw new RecordNotFoundException("feed", id);
    }
  }

  /** The iCalendar text of the feed with this token, if it is one (not revoked). */
  @Transactional(readOnly = true)
  public Optional<String> calendar(String token, Instant now) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    Optional<Served> feed =
        jdbc.sql(
                """
                select f.kind, f.user_id, f.resource_id, f.org_unit_id, f.created_by
                  from scheduling_feed f join identity_user_view u on u.id = f.created_by
                 where f.token_hash = :hash and f.revoked_at is null and u.active""")
            .param("hash", hash(token))
            .query(
                (rs, n) ->
                    new Served(
                        new Stored(
                            rs.getString(1),
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class)),
                        rs.getObject(5, UUID.class)))
            .optional();
    // what the maker may read today: a maker who lost booking.read, or the target's reach, finds
    // nothing
    return feed.filter(
            f -> reaches(identity.visibility(new UserId(f.maker()), PERMISSION), f.feed()))
        .map(f -> Invitations.feed(bookingsOf(f.feed(), now)));
  }

  private boolean reaches(Visibility read, Stored feed) {
    if (!read.granted()) {
      return false;
    }
    return switch (feed.kind()) {
      case "RESOURCE" ->
          resourceUnit(feed.resourceId())
              .filter(centre -> read.allows(null, new OrgUnitId(centre)))
              .isPresent();
      case "CENTRE" ->
          unitPath(feed.orgUnitId())
              .filter(path -> read.includesUnit(new OrgUnitId(feed.orgUnitId()), path))
              .isPresent();
      default -> true;
    };
  }

  private Optional<UUID> resourceUnit(UUID resource) {
    return jdbc.sql("select org_unit_id from scheduling_resource where id = :id")
        .param("id", resource)
        .query(UUID.class)
        .optional();
  }

  private Optional<String> unitPath(UUID unit) {
    return jdbc.sql("select path from identity_org_unit_view where id = :id")
        .param("id", unit)
        .query(String.class)
        .optional();
  }

  private List<BookingFacts> bookingsOf(Stored feed, Instant now) {
    String sql =
        switch (feed.kind()) {
          case "USER" ->
              """
              select b.id from scheduling_booking b
               where b.starts_at < :until and b.ends_at > :since
                 and (b.booked_by = :target or exists (
                      select 1 from scheduling_booking_resource br
                        join scheduling_resource r on r.id = br.resource_id
                       where br.booking_id = b.id and r.user_id = :target))
               order by b.starts_at, b.id fetch first 2000 rows only""";
          case "RESOURCE" ->
              """
              select b.id from scheduling_booking b
                join scheduling_booking_resource br on br.booking_id = b.id
               where br.resource_id = :target and b.starts_at < :until and b.ends_at > :since
               order by b.starts_at, b.id fetch first 2000 rows only""";
          default ->
              """
              select b.id from scheduling_booking b
                join identity_org_unit_view ou on ou.id = b.org_unit_id
                join identity_org_unit_view c on c.id = :target
               where ou.path like c.path || '%' and b.starts_at < :until and b.ends_at > :since
               order by b.starts_at, b.id fetch first 2000 rows only""";
        };
    UUID target =
        feed.userId() != null
            ? feed.userId()
            : feed.resourceId() != null ? feed.resourceId() : feed.orgUnitId();
    return bookings.findAll(
        jdbc.sql(sql)
            .param("target", target)
            .param("since", SqlTime.utc(now.minus(Duration.ofDays(DAYS_BACK))))
            .param("until", SqlTime.utc(now.plus(Duration.ofDays(DAYS_AHEAD))))
            .query(UUID.class)
            .list());
  }

  private Stored target(String kind, UUID targetId, UUID me) {
    Visibility read = currentUser.visibility(PERMISSION);
    if (!read.granted()) {
      throw new RecordNotFoundException("feed target", targetId);
    }
    return switch (kind == null ? "" : kind) {
      case "USER" -> new Stored("USER", me, null, null);
      case "RESOURCE" -> {
        UUID resource = required(targetId);
        resourceUnit(resource)
            .filter(centre -> read.allows(null, new OrgUnitId(centre)))
            .orElseThrow(() -> new RecordNotFoundException("resource", targetId));
        yield new Stored("RESOURCE", null, resource, null);
      }
      case "CENTRE" -> {
        UUID centre = required(targetId);
        unitPath(centre)
            .filter(path -> read.includesUnit(new OrgUnitId(centre), path))
            .orElseThrow(() -> new RecordNotFoundException("org unit", targetId));
        yield new Stored("CENTRE", null, null, centre);
      }
      default ->
          throw new BusinessRuleException("kind", "one-of", "schedulingcalendar.feed.kind.invalid");
    };
  }

  private static UUID required(UUID targetId) {
    if (targetId == null) {
      throw new BusinessRuleException(
          "targetId", "required", "schedulingcalendar.feed.target.required");
    }
    return targetId;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
