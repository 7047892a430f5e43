package io.pyra.marketing.appointment;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Appointments' settings ({@code pyra.marketing.appointments.*}): the length of a slot, the hours
 * of a centre that has none of its own, and how long before a visit the reminder goes out (the
 * job's schedule is {@code reminder-cron}).
 */
@ConfigurationProperties("pyra.marketing.appointments")
public record AppointmentSettings(
    Integer slotMinutes, LocalTime opensAt, LocalTime closesAt, Duration remindBefore) {

  public AppointmentSettings {
    slotMinutes = slotMinutes == null ? 60 : slotMinutes;
    opensAt = opensAt == null ? LocalTime.of(9, 0) : opensAt;
    closesAt = closesAt == null ? LocalTime.of(21, 0) : closesAt;
    remindBefore = remindBefore == null ? Duration.ofHours(24) : remindBefore;
    if (slotMinutes < 5 || slotMinutes > 480) {
      throw new IllegalArgumentException("slot-minutes between 5 and 480");
    }
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("closes-at after opens-at");
    }
  }

  public Duration slot() {
    return Duration.ofMinutes(slotMinutes);
  }
}
