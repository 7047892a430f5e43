package io.pyra.marketing.appointment;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A centre's opening hours per weekday ({@code marketing_centre_hours}); a centre without any row
 * opens at the configured default hours every day. Set with {@code appointment.write} reaching the
 * centre: the whole week at once, a day left out is closed.
 */
@Component
@Transactional
public class CentreHours {

  private final JdbcClient jdbc;
  private final AppointmentSettings settings;
  private final Centres centres;
  private final CurrentUser currentUser;

  CentreHours(
      JdbcClient jdbc, AppointmentSettings settings, Centres centres, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.centres = centres;
    this.currentUser = currentUser;
  }

  /** The week of a centre, Monday first (the default hours when it has none of its own). */
  @Transactional(readOnly = true)
  public List<OpeningHours> week(UUID centreId) {
    List<OpeningHours> own = own(centreId);
    if (!own.isEmpty()) {
      return own;
    }
    List<OpeningHours> week = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      week.add(new OpeningHours(day, settings.opensAt(), settings.closesAt()));
    }
    return week;
  }

  /** Whether the centre has hours of its own (else the defaults apply). */
  @Transactional(readOnly = true)
  public boolean hasOwn(UUID centreId) {
    return !own(centreId).isEmpty();
  }

  /** The centre's hours on a day, empty when it is closed. */
  @Transactional(readOnly = true)
  public Optional<OpeningHours> on(UUID centreId, LocalDate date) {
    int weekday = date.getDayOfWeek().getValue();
    return week(centreId).stream().filter(h -> h.weekday() == weekday).findFirst();
  }

  /**
   * Replaces the centre's week; each day at most once, opening before closing. An empty list goes
   * back to the default hours.
   */
  public void set(UUID centreId, List<OpeningHours> week) {
    Centre centre =
        centres.find(centreId).orElseThrow(() -> new RecordNotFoundException("centre", centreId));
    Visibility write = currentUser.visibility(AppointmentAccess.WRITE);
    if (!write.allows(null, new OrgUnitId(centre.id()))) {
      throw refused(centre);
    }
    List<RuleViolation> violations = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    if (week.size() > 7) {
      violations.add(new RuleViolation("hours", "max-count", "appointment.hours.max-count", 7));
    }
    for (OpeningHours day : week) {
      if (day.weekday() < 1 || day.weekday() > 7 || !seen.add(day.weekday())) {
        violations.add(new RuleViolation("weekday", "invalid", "appointment.hours.weekday"));
      } else if (day.opensAt() == null || day.closesAt() == null) {
        violations.add(new RuleViolation("opensAt", "required", "appointment.hours.required"));
      } else if (!day.closesAt().isAfter(day.opensAt())) {
        violations.add(new RuleViolation("closesAt", "order", "appointment.hours.order"));
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    jdbc.sql("delete from marketing_centre_hours where centre_id = :centre")
        .param("centre", centreId)
        .update();
    for (OpeningHours day : week) {
      jdbc.sql(
              """
              insert into marketing_centre_hours (centre_id, weekday, opens_at, closes_at)
              values (:centre, :weekday, :opens, :closes)""")
          .param("centre", centreId)
          .param("weekday", day.weekday())
          .param("opens", Time.valueOf(day.opensAt().withNano(0)))
          .param("closes", Time.valueOf(day.closesAt().withNano(0)))
          .update();
    }
  }

  private static AccessRefusedException refused(Centre centre) {
    return new AccessRefusedException("appointment.write does not reach centre " + centre.code());
  }

  private List<OpeningHours> own(UUID centreId) {
    return jdbc.sql(
            """
            select weekday, opens_at, closes_at from marketing_centre_hours
             where centre_id = :centre order by weekday""")
        .param("centre", centreId)
        .query(
            (rs, n) ->
                new OpeningHours(
                    rs.getInt(1),
                    rs.getObject(2, LocalTime.class),
                    rs.getObject(3, LocalTime.class)))
        .list();
  }
}
