package io.pyra.scheduling.demo;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.RoleId;
import io.pyra.identity.RoleSummary;
import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.SalesApi;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's resources ({@code ./pyra run --demo}): at each centre two lecture rooms, a PC
 * set, a projector and spare hardware, up to three of its teachers as instructors with courses of
 * the catalogue, its opening hours (weekdays with a lunch break, shorter weekends) and the coming
 * National Day holiday. Loaded once, after the sales, into an empty resource table.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class SchedulingDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SchedulingDemo.class);

  private record Centre(UUID id, String code, ZoneId zone, List<UUID> staff) {}

  private final JdbcTemplate jdbc;
  private final IdentityApi identity;
  private final SalesApi sales;

  SchedulingDemo(JdbcTemplate jdbc, IdentityApi identity, SalesApi sales) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.sales = sales;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Long resources = jdbc.queryForObject("select count(*) from scheduling_resource", Long.class);
    if (resources != null && resources > 0) {
      log.info("Demo: resources are already there, nothing loaded");
      return;
    }
    List<Centre> centres = centres();
    List<RoleId> teaching =
        java.util.stream.Stream.of("TEACHER", "TUTOR")
            .map(identity::roleByCode)
            .flatMap(java.util.Optional::stream)
            .map(RoleSummary::id)
            .toList();
    List<UUID> courses =
        sales.catalogueItems().stream()
            .filter(c -> !c.category())
            .map(CatalogueItem::id)
            .map(c -> c.value())
            .limit(6)
            .toList();
    if (centres.isEmpty()) {
      log.info("Demo: no demo company, no resources loaded");
      return;
    }
    Instant now = Instant.now();
    int instructors = 0;
    for (Centre centre : centres) {
      String code = centre.code().toUpperCase();
      resource(centre, "ROOM", code + "-R101", "Room 101", 24, "Whiteboard, speakers", null, now);
      resource(centre, "ROOM", code + "-R102", "Room 102", 12, "TV screen", null, now);
      resource(centre, "PC_SET", code + "-PC1", "PC lab", 20, "20 PCs, Windows 11", null, now);
      resource(centre, "PROJECTOR", code + "-PJ1", "Projector 1", null, null, null, now);
      resource(centre, "HARDWARE", code + "-HW1", "Spare laptops", null, "4 laptops", null, now);
      int n = 0;
      for (UUID user : teachersFirst(centre.staff(), teaching)) {
        if (n == 3) {
          break;
        }
        n++;
        UUID id =
            resource(
                centre, "INSTRUCTOR", code + "-T" + n, "Instructor " + n, null, null, user, now);
        for (int i = 0; i < courses.size(); i++) {
          if (i == 0 || i % 3 == (n - 1) % 3) {
            jdbc.update(
                "insert into scheduling_instructor_course (resource_id, product_id) values (?, ?)",
                id,
                courses.get(i));
          }
        }
      }
      instructors += n;
      hours(centre);
      holiday(centre, now);
    }
    log.warn("Demo resources loaded: {} centres, {} instructors", centres.size(), instructors);
  }

  /** The centre's teachers and tutors, then its other staff: who can be instructors. */
  private List<UUID> teachersFirst(List<UUID> staff, List<RoleId> teaching) {
    List<UUID> teachers = new ArrayList<>();
    List<UUID> others = new ArrayList<>();
    for (UUID user : staff) {
      boolean teaches = identity.roleIds(new UserId(user)).stream().anyMatch(teaching::contains);
      (teaches ? teachers : others).add(user);
    }
    teachers.addAll(others);
    return teachers;
  }

  private UUID resource(
      Centre centre,
      String kind,
      String code,
      String name,
      Integer capacity,
      String equipment,
      UUID user,
      Instant now) {
    UUID id = Ids.newId();
    jdbc.update(
        """
        insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, equipment,
          user_id, skills, active, version, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?)""",
        id,
        kind,
        code,
        name,
        centre.id(),
        capacity,
        equipment,
        user,
        user == null ? null : "English, exam preparation",
        SqlTime.utc(now),
        SqlTime.utc(now));
    return id;
  }

  /** Weekdays 09:00–12:00 and 13:00–21:00, weekends 09:00–18:00. */
  private void hours(Centre centre) {
    for (int day = 1; day <= 7; day++) {
      if (day <= 5) {
        interval(centre, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
        interval(centre, day, LocalTime.of(13, 0), LocalTime.of(21, 0));
      } else {
        interval(centre, day, LocalTime.of(9, 0), LocalTime.of(18, 0));
      }
    }
  }

  private void interval(Centre centre, int day, LocalTime opens, LocalTime closes) {
    jdbc.update(
        """
        insert into scheduling_hours (id, org_unit_id, weekday, opens_at, closes_at)
        values (?, ?, ?, ?, ?)""",
        Ids.newId(),
        centre.id(),
        day,
        Time.valueOf(opens),
        Time.valueOf(closes));
  }

  /** The coming National Day week, 1 to 8 October on the centre's clock. */
  private void holiday(Centre centre, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, centre.zone());
    LocalDate first = LocalDate.of(today.getYear(), 10, 1);
    if (first.isBefore(today)) {
      first = first.plusYears(1);
    }
    jdbc.update(
        """
        insert into scheduling_closure (id, org_unit_id, kind, starts_at, ends_at, reason, created_at)
        values (?, ?, 'HOLIDAY', ?, ?, 'National Day 国庆节', ?)""",
        Ids.newId(),
        centre.id(),
        SqlTime.utc(first.atStartOfDay(centre.zone()).toInstant()),
        SqlTime.utc(first.plusDays(7).atStartOfDay(centre.zone()).toInstant()),
        SqlTime.utc(now));
  }

  /** The centres (branches) with the active staff of their subtree. */
  private List<Centre> centres() {
    Map<UUID, Centre> centres = new LinkedHashMap<>();
    jdbc.query(
        """
        select b.id, b.code, b.time_zone, u.id from identity_org_unit_view b
          join identity_org_unit_view o on o.path like b.path || '%'
          join identity_user_view u on u.org_unit_id = o.id and u.active
         where b.kind = 'BRANCH'
         order by b.code, u.display_name""",
        rs -> {
          UUID id = rs.getObject(1, UUID.class);
          String code = rs.getString(2);
          ZoneId zone = ZoneId.of(rs.getString(3));
          centres
              .computeIfAbsent(id, key -> new Centre(key, code, zone, new ArrayList<>()))
              .staff()
              .add(rs.getObject(4, UUID.class));
        });
    return new ArrayList<>(centres.values());
  }
}
