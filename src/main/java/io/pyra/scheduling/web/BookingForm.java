package io.pyra.scheduling.web;

import io.pyra.scheduling.booking.BookResources;
import io.pyra.scheduling.booking.BookingPurpose;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The booking form: a centre, its resources to hold, the day and the times on the centre's clock,
 * what for, a title and a note.
 */
public class BookingForm {

  private UUID centreId;

  @Size(max = 20)
  private List<UUID> resourceIds = new ArrayList<>();

  /** ISO both ways: the page's {@code <input type="date">} reads and writes yyyy-MM-dd. */
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;

  @Size(max = 8)
  private String startTime;

  @Size(max = 8)
  private String endTime;

  @Size(max = 20)
  private String purpose = BookingPurpose.MEETING.name();

  @Size(max = 200)
  private String title;

  @Size(max = 1000)
  private String note;

  /** {@code calendar}: after booking, back to the calendar (of {@link #calendarResourceId}). */
  @Size(max = 20)
  private String back;

  private UUID calendarResourceId;

  boolean backToCalendar() {
    return "calendar".equals(back);
  }

  BookResources command(ZoneId zone) {
    return new BookResources(
        purpose(),
        title,
        instant(startTime, zone),
        instant(endTime, zone),
        resourceIds,
        null,
        note);
  }

  private BookingPurpose purpose() {
    for (BookingPurpose p : BookingPurpose.values()) {
      if (p.name().equals(purpose)) {
        return p;
      }
    }
    return null;
  }

  private Instant instant(String time, ZoneId zone) {
    if (date == null || time == null || time.isBlank() || zone == null) {
      return null;
    }
    try {
      return date.atTime(LocalTime.parse(time.strip())).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public UUID getCentreId() {
    return centreId;
  }

  public void setCentreId(UUID centreId) {
    this.centreId = centreId;
  }

  public List<UUID> getResourceIds() {
    return resourceIds;
  }

  public void setResourceIds(List<UUID> resourceIds) {
    this.resourceIds = resourceIds == null ? new ArrayList<>() : resourceIds;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getEndTime() {
    return endTime;
  }

  public void setEndTime(String endTime) {
    this.endTime = endTime;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getBack() {
    return back;
  }

  public void setBack(String back) {
    this.back = back;
  }

  public UUID getCalendarResourceId() {
    return calendarResourceId;
  }

  public void setCalendarResourceId(UUID calendarResourceId) {
    this.calendarResourceId = calendarResourceId;
  }
}
