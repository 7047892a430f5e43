package io.pyra.marketing.web;

import io.pyra.marketing.appointment.Centre;
import io.pyra.marketing.appointment.CentreHours;
import io.pyra.marketing.appointment.Centres;
import io.pyra.marketing.appointment.Consultant;
import io.pyra.marketing.appointment.OpeningHours;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centres appointments are booked at: each with its consultants and its opening hours (read
 * with {@code appointment.read}; set with {@code appointment.write} reaching the centre).
 */
@Tag(name = "Appointments")
@RestController
@RequestMapping("/api/v1/marketing/centres")
@PreAuthorize("hasAuthority('appointment.read')")
class CentreHoursRestController {

  /** One weekday's hours (1 Monday … 7 Sunday) on the centre's clock. */
  record CentreDayHoursJson(
      int weekday,
      @Schema(example = "09:00", description = "HH:mm") @Size(max = 8) String opensAt,
      @Schema(example = "21:00", description = "HH:mm") @Size(max = 8) String closesAt) {}

  /** A centre's week; {@code own} false when the configured default hours apply. */
  record CentreHoursJson(
      UUID centreId, String timeZone, boolean own, List<CentreDayHoursJson> days) {}

  /**
   * The week to set (required): each day at most once; a day left out is closed; an empty list: the
   * default hours.
   */
  record CentreHoursRequest(@Size(max = 7) List<CentreDayHoursJson> days) {}

  record CentreJson(UUID id, String code, String name, String timeZone) {}

  record CentreConsultantJson(UUID id, String name) {}

  private final Centres centres;
  private final CentreHours hours;

  CentreHoursRestController(Centres centres, CentreHours hours) {
    this.centres = centres;
    this.hours = hours;
  }

  @Operation(summary = "The centres (branches) appointments are booked at, by name (at most 500)")
  @GetMapping
  List<CentreJson> centres() {
    return centres.all().stream()
        .map(c -> new CentreJson(c.id(), c.code(), c.name(), c.zone().getId()))
        .toList();
  }

  @Operation(summary = "The active staff of a centre, who can receive visitors (at most 500)")
  @GetMapping("/{id}/consultants")
  List<CentreConsultantJson> consultants(@PathVariable UUID id) {
    Centre centre = find(id);
    return centres.consultants(centre.id()).stream()
        .map((Consultant c) -> new CentreConsultantJson(c.id(), c.name()))
        .toList();
  }

  @Operation(summary = "A centre's opening hours, Monday first")
  @GetMapping("/{id}/hours")
  CentreHoursJson get(@PathVariable UUID id) {
    return read(find(id));
  }

  @Operation(
      summary =
          "Set a centre's week of opening hours (on its clock); a day left out is closed, an empty"
              + " list goes back to the default hours")
  @PutMapping("/{id}/hours")
  @PreAuthorize("hasAuthority('appointment.write')")
  CentreHoursJson set(@PathVariable UUID id, @RequestBody CentreHoursRequest request) {
    Centre centre = find(id);
    if (request.days() == null) {
      throw new BusinessRuleException("days", "required", "appointment.hours.days.required");
    }
    List<CentreDayHoursJson> days = request.days();
    List<RuleViolation> violations = new ArrayList<>();
    List<OpeningHours> week = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      CentreDayHoursJson day = days.get(i);
      if (day == null) {
        violations.add(new RuleViolation("days", "required", "appointment.hours.required"));
        continue;
      }
      LocalTime opens = time(day.opensAt(), "days[" + i + "].opensAt", violations);
      LocalTime closes = time(day.closesAt(), "days[" + i + "].closesAt", violations);
      week.add(new OpeningHours(day.weekday(), opens, closes));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    hours.set(centre.id(), week);
    return read(centre);
  }

  private static LocalTime time(String value, String field, List<RuleViolation> violations) {
    try {
      return LocalTime.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      violations.add(new RuleViolation(field, "time", "appointment.hours.time"));
      return null;
    }
  }

  private Centre find(UUID id) {
    return centres.find(id).orElseThrow(() -> new RecordNotFoundException("centre", id));
  }

  private CentreHoursJson read(Centre centre) {
    return new CentreHoursJson(
        centre.id(),
        centre.zone().getId(),
        hours.hasOwn(centre.id()),
        hours.week(centre.id()).stream()
            .map(
                h ->
                    new CentreDayHoursJson(
                        h.weekday(), h.opensAt().toString(), h.closesAt().toString()))
            .toList());
  }
}
