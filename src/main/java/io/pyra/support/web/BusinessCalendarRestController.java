package io.pyra.support.web;

import io.pyra.platform.validation.InputLimits;
import io.pyra.platform.web.ETags;
import io.pyra.support.calendar.BusinessCalendar;
import io.pyra.support.calendar.BusinessCalendarService;
import io.pyra.support.calendar.Holiday;
import io.pyra.support.calendar.HolidayImport;
import io.pyra.support.calendar.SaveBusinessCalendar;
import io.pyra.support.calendar.WorkingHours;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The business calendars over HTTP: weekly working hours, time zone and holidays per org unit,
 * which SLA deadlines run on. Reading needs {@code case.read} or {@code support.configure},
 * changing {@code support.configure}; a change names the version it was made on in {@code
 * If-Match}.
 */
@Tag(name = "Business calendars")
@RestController
@RequestMapping("/api/v1/business-calendars")
class BusinessCalendarRestController {

  private static final String READ = "hasAnyAuthority('case.read', 'support.configure')";
  private static final String CONFIGURE = "hasAuthority('support.configure')";

  record HoursJson(
      DayOfWeek day,
      @Schema(description = "local time, HH:mm", example = "09:00") @Size(max = 5) String start,
      @Schema(description = "local time, HH:mm; 24:00 for midnight", example = "18:00")
          @Size(max = 5)
          String end) {

    static HoursJson of(WorkingHours h) {
      return new HoursJson(h.day(), h.start(), h.end());
    }
  }

  record HolidayJson(
      @Size(max = 100) String name,
      @Schema(description = "the first whole day off") LocalDate firstDay,
      @Schema(description = "the last whole day off, the first day for one day")
          LocalDate lastDay) {

    static HolidayJson of(Holiday h) {
      return new HolidayJson(h.name(), h.firstDay(), h.lastDay());
    }
  }

  record CalendarJson(
      UUID id,
      String code,
      String nameEn,
      String nameZh,
      @Schema(description = "IANA time zone id", example = "Asia/Shanghai") String timeZone,
      @Schema(description = "the org unit it is for; null for the company's calendar")
          UUID orgUnitId,
      boolean company,
      List<HoursJson> hours,
      List<HolidayJson> holidays,
      Instant updatedAt,
      long version) {

    static CalendarJson of(BusinessCalendar c) {
      return new CalendarJson(
          c.id(),
          c.code(),
          c.name().en(),
          c.name().zh(),
          c.timeZone(),
          c.orgUnitId(),
          c.isCompany(),
          c.hours().stream().map(HoursJson::of).toList(),
          c.holidays().stream().map(HolidayJson::of).toList(),
          c.updatedAt(),
          c.version());
    }
  }

  record CalendarRequest(
      @Schema(description = "letters, digits, - and _; unique") @Size(max = 40) String code,
      @Size(max = 100) String nameEn,
      @Size(max = 100) String nameZh,
      @Schema(description = "IANA time zone id", example = "Europe/London") @Size(max = 60)
          String timeZone,
      @Schema(description = "the org unit it is for (one calendar per org unit)") UUID orgUnitId,
      @Schema(description = "at least one interval; intervals of one day may not overlap")
          @Size(max = 70)
          List<@Valid HoursJson> hours,
      @Schema(description = "whole days off, not overlapping each other") @Size(max = 366)
          List<@Valid HolidayJson> holidays) {

    SaveBusinessCalendar command(Long version) {
      return new SaveBusinessCalendar(
          code,
          nameEn,
          nameZh,
          timeZone,
          orgUnitId,
          hours == null
              ? null
              : hours.stream()
                  .map(
                      h ->
                          h == null
                              ? null
                              : new SaveBusinessCalendar.HoursLine(h.day(), h.start(), h.end()))
                  .toList(),
          holidays == null
              ? null
              : holidays.stream()
                  .map(
                      h ->
                          h == null
                              ? null
                              : new SaveBusinessCalendar.HolidayLine(
                                  h.name(), h.firstDay(), h.lastDay()))
                  .toList(),
          version);
    }
  }

  record ImportJson(
      @Schema(description = "the holidays added") List<HolidayJson> imported,
      @Schema(description = "VEVENTs in the file") int events,
      @Schema(description = "events with a time, left out") int timed,
      @Schema(description = "recurring events, their first occurrence added") int recurring,
      @Schema(description = "events on days already holidays, left out") int alreadyCovered,
      @Schema(description = "events before 1900 or after 2199, left out") int outOfRange,
      CalendarJson calendar) {}

  private final BusinessCalendarService calendars;
  private final InputLimits limits;

  BusinessCalendarRestController(BusinessCalendarService calendars, InputLimits limits) {
    this.calendars = calendars;
    this.limits = limits;
  }

  @Operation(summary = "Every business calendar: the company's first, then by code")
  @GetMapping
  @PreAuthorize(READ)
  List<CalendarJson> list() {
    return calendars.list().stream().map(CalendarJson::of).toList();
  }

  @Operation(summary = "One business calendar, with its version as the ETag")
  @GetMapping("/{id}")
  @PreAuthorize(READ)
  ResponseEntity<CalendarJson> get(@PathVariable UUID id) {
    CalendarJson json = CalendarJson.of(calendars.get(id));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Set a calendar for an org unit that has none",
      description = "needs support.configure")
  @PostMapping
  @PreAuthorize(CONFIGURE)
  ResponseEntity<CalendarJson> create(@RequestBody CalendarRequest request) {
    limits.check(request);
    CalendarJson json = CalendarJson.of(calendars.create(request.command(null)));
    return ResponseEntity.created(URI.create("/api/v1/business-calendars/" + json.id()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }

  @Operation(
      summary = "Replace a calendar (If-Match required)",
      description =
          "every field as when setting it; the company's calendar keeps no org unit; a version other"
              + " than the current one is refused (412) and nothing changes; needs"
              + " support.configure")
  @PutMapping("/{id}")
  @PreAuthorize(CONFIGURE)
  ResponseEntity<CalendarJson> replace(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody CalendarRequest request) {
    calendars.get(id);
    long version = ETags.required(ifMatch, "business calendar");
    limits.check(request);
    CalendarJson json = CalendarJson.of(calendars.update(id, request.command(version)));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary = "Remove a calendar (If-Match required)",
      description =
          "its org unit then uses its nearest ancestor's or the company's; the company's calendar"
              + " is never removed (422); needs support.configure")
  @DeleteMapping("/{id}")
  @PreAuthorize(CONFIGURE)
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    calendars.get(id);
    calendars.delete(id, ETags.required(ifMatch, "business calendar"));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Add the whole-day events of an iCalendar (.ics) file as holidays",
      description =
          "multipart field file, at most 1 MB; events with a time, and events on days that are"
              + " already holidays, are left out and counted; a file that is not iCalendar, or has"
              + " no (whole-day) event, is refused (422 naming file) and nothing is stored; an"
              + " If-Match, when given, must name the current version; needs support.configure")
  @PostMapping(path = "/{id}/holidays/import", consumes = "multipart/form-data")
  @PreAuthorize(CONFIGURE)
  ResponseEntity<ImportJson> importHolidays(
      @PathVariable UUID id,
      @RequestParam("file") MultipartFile file,
      @RequestHeader(name = "If-Match", required = false) String ifMatch)
      throws IOException {
    calendars.get(id);
    Long version =
        ifMatch == null || ifMatch.isBlank() ? null : ETags.required(ifMatch, "business calendar");
    HolidayImport read;
    try (InputStream in = file.getInputStream()) {
      read = calendars.importHolidays(id, in, version);
    }
    CalendarJson calendar = CalendarJson.of(calendars.get(id));
    return ResponseEntity.ok()
        .eTag(ETags.of(calendar.version()))
        .body(
            new ImportJson(
                read.holidays().stream().map(HolidayJson::of).toList(),
                read.events(),
                read.timed(),
                read.recurring(),
                read.alreadyCovered(),
                read.outOfRange(),
                calendar));
  }
}
