package io.pyra.scheduling.web;

import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.resource.Closure;
import io.pyra.scheduling.resource.Closures;
import io.pyra.scheduling.resource.OpeningInterval;
import io.pyra.scheduling.resource.SchedulingCentre;
import io.pyra.scheduling.resource.SchedulingCentres;
import io.pyra.scheduling.resource.SchedulingHours;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureJson;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureList;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureRequest;
import io.pyra.scheduling.web.SchedulingJson.SchedulingWeekJson;
import io.pyra.scheduling.web.SchedulingJson.SchedulingWeekRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A centre's scheduling over the API: the opening hours of all its resources and its closures and
 * holidays (read with {@code resource.read} reaching the centre; set with {@code resource.manage}).
 * Appointments' hours are marketing's, at {@code /api/v1/marketing/centres}.
 */
@Tag(name = "Resources")
@RestController
@RequestMapping("/api/v1/centres/{id}")
@PreAuthorize("hasAuthority('resource.read')")
class CentreSchedulingRestController {

  private final SchedulingCentres centres;
  private final SchedulingHours hours;
  private final Closures closures;

  CentreSchedulingRestController(
      SchedulingCentres centres, SchedulingHours hours, Closures closures) {
    this.centres = centres;
    this.hours = hours;
    this.closures = closures;
  }

  @Operation(
      summary =
          "A centre's opening hours for its resources, Monday first (own false: the default"
              + " 08:00–22:00 every day)")
  @GetMapping("/scheduling-hours")
  SchedulingWeekJson hours(@PathVariable UUID id) {
    return week(centre(id));
  }

  @Operation(
      summary =
          "Set a centre's week of opening hours for its resources (several intervals a day, none"
              + " overlapping, on its clock); an empty list goes back to the default hours")
  @PutMapping("/scheduling-hours")
  @PreAuthorize("hasAuthority('resource.manage')")
  SchedulingWeekJson setHours(@PathVariable UUID id, @RequestBody SchedulingWeekRequest request) {
    SchedulingCentre centre = centre(id);
    hours.setCentre(id, SchedulingJson.intervals(request));
    return week(centre);
  }

  @Operation(
      summary =
          "A centre's closures and holidays that end after from (default now), first first (at"
              + " most 500)")
  @GetMapping("/closures")
  SchedulingClosureList closures(
      @PathVariable UUID id, @RequestParam(required = false) OffsetDateTime from) {
    centre(id);
    return SchedulingClosureList.of(
        closures.ofCentre(id, from == null ? Instant.now() : from.toInstant()));
  }

  @Operation(summary = "Close a centre (kind CLOSURE or HOLIDAY), at most 366 days")
  @PostMapping("/closures")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<SchedulingClosureJson> close(
      @PathVariable UUID id, @RequestBody SchedulingClosureRequest request) {
    centre(id);
    Closure closure =
        closures.closeCentre(id, request.kind(), request.start(), request.end(), request.reason());
    return ResponseEntity.created(URI.create("/api/v1/centres/" + id + "/closures/" + closure.id()))
        .body(SchedulingClosureJson.of(closure));
  }

  @Operation(summary = "Remove a centre's closure or holiday")
  @DeleteMapping("/closures/{closureId}")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<Void> reopen(@PathVariable UUID id, @PathVariable UUID closureId) {
    centre(id);
    closures.remove(id, null, closureId);
    return ResponseEntity.noContent().build();
  }

  private SchedulingCentre centre(UUID id) {
    return centres.find(id).orElseThrow(() -> new RecordNotFoundException("org-unit", id));
  }

  private SchedulingWeekJson week(SchedulingCentre centre) {
    List<OpeningInterval> own = hours.ofCentre(centre.id());
    return SchedulingJson.week(
        !own.isEmpty(), centre.zone().getId(), own.isEmpty() ? SchedulingHours.defaultWeek() : own);
  }
}
