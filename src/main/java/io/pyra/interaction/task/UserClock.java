package io.pyra.interaction.task;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Time as the signed-in user lives it: in the time zone of their org unit. */
@Component
public class UserClock {

  private final CurrentUser currentUser;
  private final IdentityApi identity;

  UserClock(CurrentUser currentUser, IdentityApi identity) {
    this.currentUser = currentUser;
    this.identity = identity;
  }

  public ZoneId zone() {
    return identity.timeZone(currentUser.requireId());
  }

  /** The user's day around {@code now}: its date and where it starts and ends. */
  public Day today(Instant now) {
    ZoneId zone = zone();
    LocalDate date = now.atZone(zone).toLocalDate();
    return new Day(
        zone,
        date,
        date.atStartOfDay(zone).toInstant(),
        date.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** A calendar day in a time zone, from {@code start} inclusive to {@code end} exclusive. */
  public record Day(ZoneId zone, LocalDate date, Instant start, Instant end) {}
}
