package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.scheduling.resource.OpeningInterval;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms of a resource's and a centre's page: the week of hours, one line per weekday such as
 * {@code 09:00-12:00, 13:00-18:00} (empty: closed; all empty: back to the default), and a closure
 * from one local time to another on the centre's clock.
 */
final class AvailabilityForms {

  private AvailabilityForms() {}

  /** The week as seven lines, Monday first. */
  public static class HoursForm {

    private List<String> days = new ArrayList<>(List.of("", "", "", "", "", "", ""));

    static HoursForm of(List<OpeningInterval> week) {
      HoursForm form = new HoursForm();
      for (OpeningInterval interval : week) {
        int day = interval.weekday() - 1;
        String text = interval.opensAt() + "-" + interval.closesAt();
        form.days.set(day, form.days.get(day).isEmpty() ? text : form.days.get(day) + ", " + text);
      }
      return form;
    }

    /** The intervals the lines hold; an unreadable line is a 422 naming its day. */
    List<OpeningInterval> intervals() {
      List<RuleViolation> violations = new ArrayList<>();
      List<OpeningInterval> week = new ArrayList<>();
      for (int day = 0; day < 7; day++) {
        String line = day < days.size() && days.get(day) != null ? days.get(day).strip() : "";
        if (line.length() > 200) {
          violations.add(new RuleViolation("days[" + day + "]", "time", "resource.hours.time"));
          continue;
        }
        for (String part : line.split(",")) {
          if (part.isBlank()) {
            continue;
          }
          String[] ends = part.strip().split("-");
          try {
            if (ends.length != 2) {
              throw new DateTimeParseException("not a range", part, 0);
            }
            week.add(
                new OpeningInterval(
                    day + 1, LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
          } catch (DateTimeParseException e) {
            violations.add(new RuleViolation("days[" + day + "]", "time", "resource.hours.time"));
          }
        }
      }
      if (!violations.isEmpty()) {
        throw new BusinessRuleException(violations);
      }
      return week;
    }

    public List<String> getDays() {
      return days;
    }

    public void setDays(List<String> days) {
      this.days = days == null ? new ArrayList<>() : days;
    }
  }

  /** A closure typed on the centre's clock. */
  public static class ClosureForm {

    private String kind = "CLOSURE";
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String reason;

    java.time.Instant start(ZoneId zone) {
      return startsAt == null ? null : startsAt.atZone(zone).toInstant();
    }

    java.time.Instant end(ZoneId zone) {
      return endsAt == null ? null : endsAt.atZone(zone).toInstant();
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public LocalDateTime getStartsAt() {
      return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
      this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
      return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
      this.endsAt = endsAt;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }
}
