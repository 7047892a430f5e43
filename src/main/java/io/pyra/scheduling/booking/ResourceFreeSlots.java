package io.pyra.scheduling.booking;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.resource.PlacedResource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resource's free times on a day (on its centre's clock): its opening hours less its closures,
 * its bookings and the time already past, each at least the wanted number of minutes long.
 */
@Component
@Transactional(readOnly = true)
public class ResourceFreeSlots {

  public static final int MIN_MINUTES = 5;
  public static final int MAX_MINUTES = 24 * 60;

  private final ResourceCalendars calendars;
  private final BookingAccess access;

  ResourceFreeSlots(ResourceCalendars calendars, BookingAccess access) {
    this.calendars = calendars;
    this.access = access;
  }

  /** The resource's time zone (not found when the user does not see it). */
  public ZoneId zone(UUID resourceId) {
    return resource(resourceId).zone();
  }

  public List<FreeSlot> of(UUID resourceId, LocalDate date, int minutes) {
    if (date == null) {
      throw new BusinessRuleException("date", "required", "booking.date.required");
    }
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      throw new BusinessRuleException(
          "minutes", "range", "booking.minutes.range", MIN_MINUTES, MAX_MINUTES);
    }
    PlacedResource resource = resource(resourceId);
    ZoneId zone = resource.zone();
    Instant from = date.atStartOfDay(zone).toInstant();
    Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
    ResourceCalendar calendar = calendars.load(List.of(resource), from, to).get(resource.id());
    Duration least = Duration.ofMinutes(minutes);
    return calendar.freeOn(date, Instant.now()).stream()
        .filter(i -> Duration.between(i.start(), i.end()).compareTo(least) >= 0)
        .map(
            i ->
                new FreeSlot(
                    i.start(),
                    i.end(),
                    i.start().atZone(zone).toLocalTime(),
                    i.end().atZone(zone).toLocalTime()))
        .toList();
  }

  private PlacedResource resource(UUID resourceId) {
    return calendars.find(List.of(resourceId)).stream()
        .filter(r -> r.active() && access.sees(r))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("resource", resourceId));
  }
}
