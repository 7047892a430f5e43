package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.scheduling.ResourceId;
import io.pyra.scheduling.resource.Availability;
import io.pyra.scheduling.resource.AvailabilityAnswer;
import io.pyra.scheduling.resource.Closure;
import io.pyra.scheduling.resource.Closures;
import io.pyra.scheduling.resource.OpeningInterval;
import io.pyra.scheduling.resource.Resource;
import io.pyra.scheduling.resource.ResourceService;
import io.pyra.scheduling.resource.SchedulingCentres;
import io.pyra.scheduling.resource.SchedulingHours;
import io.pyra.scheduling.resource.Unavailability;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureJson;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureList;
import io.pyra.scheduling.web.SchedulingJson.SchedulingClosureRequest;
import io.pyra.scheduling.web.SchedulingJson.SchedulingWeekJson;
import io.pyra.scheduling.web.SchedulingJson.SchedulingWeekRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * A resource's availability over the API: its own opening hours (an instructor's), its closures and
 * an instructor's leave, and whether it is available over an interval (and why not).
 */
@Tag(name = "Resources")
@RestController
@RequestMapping("/api/v1/resources/{id}")
@PreAuthorize("hasAuthority('resource.read')")
class ResourceAvailabilityRestController {

  /** Whether the resource is available; when not, why and the closure or leave in the way. */
  record ResourceAvailabilityJson(
      boolean available, Unavailability reason, SchedulingClosureJson closure) {}

  private final ResourceService resources;
  private final SchedulingHours hours;
  private final Closures closures;
  private final Availability availability;
  private final SchedulingCentres centres;

  ResourceAvailabilityRestController(
      ResourceService resources,
      SchedulingHours hours,
      Closures closures,
      Availability availability,
      SchedulingCentres centres) {
    this.resources = resources;
    this.hours = hours;
    this.closures = closures;
    this.availability = availability;
    this.centres = centres;
  }

  @Operation(
      summary =
          "The hours that count for a resource, Monday first: its own (own true), else its"
              + " centre's, else every day 08:00–22:00, on its centre's clock")
  @GetMapping("/hours")
  SchedulingWeekJson hours(@PathVariable UUID id) {
    return week(resources.get(id));
  }

  @Operation(
      summary =
          "Set a resource's own week of hours (several intervals a day, none overlapping); an"
              + " empty list goes back to its centre's hours")
  @PutMapping("/hours")
  @PreAuthorize("hasAuthority('resource.manage')")
  SchedulingWeekJson setHours(@PathVariable UUID id, @RequestBody SchedulingWeekRequest request) {
    Resource resource = resources.writable(id);
    hours.setResource(id, SchedulingJson.intervals(request));
    return week(resource);
  }

  @Operation(
      summary =
          "A resource's closures and an instructor's leave that end after from (default now),"
              + " first first (at most 500)")
  @GetMapping("/closures")
  SchedulingClosureList closures(
      @PathVariable UUID id, @RequestParam(required = false) OffsetDateTime from) {
    resources.get(id);
    return SchedulingClosureList.of(
        closures.ofResource(id, from == null ? Instant.now() : from.toInstant()));
  }

  @Operation(
      summary =
          "Close a resource (kind CLOSURE) or record an instructor's leave (kind LEAVE), at most"
              + " 366 days")
  @PostMapping("/closures")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<SchedulingClosureJson> close(
      @PathVariable UUID id, @RequestBody SchedulingClosureRequest request) {
    Closure closure =
        closures.closeResource(
            id, request.kind(), request.start(), request.end(), request.reason());
    return ResponseEntity.created(
            URI.create("/api/v1/resources/" + id + "/closures/" + closure.id()))
        .body(SchedulingClosureJson.of(closure));
  }

  @Operation(summary = "Remove a resource's closure or leave")
  @DeleteMapping("/closures/{closureId}")
  @PreAuthorize("hasAuthority('resource.manage')")
  ResponseEntity<Void> reopen(@PathVariable UUID id, @PathVariable UUID closureId) {
    closures.remove(null, id, closureId);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary =
          "Whether a resource is available from start to end (exclusive, at most 366 days); when"
              + " not, why: INACTIVE, CLOSED, ON_LEAVE or OUTSIDE_HOURS")
  @GetMapping("/availability")
  ResourceAvailabilityJson availability(
      @PathVariable UUID id,
      @RequestParam(required = false) OffsetDateTime start,
      @RequestParam(required = false) OffsetDateTime end) {
    resources.get(id);
    List<RuleViolation> violations = new ArrayList<>();
    if (start == null) {
      violations.add(new RuleViolation("start", "required", "resource.availability.start"));
    }
    if (end == null) {
      violations.add(new RuleViolation("end", "required", "resource.availability.end"));
    } else if (start != null && !end.isAfter(start)) {
      violations.add(new RuleViolation("end", "before-start", "resource.closure.order"));
    } else if (start != null
        && Duration.between(start, end).compareTo(Duration.ofDays(Closures.MAX_DAYS)) > 0) {
      violations.add(
          new RuleViolation("end", "range", "resource.closure.range", Closures.MAX_DAYS));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    AvailabilityAnswer answer =
        availability.check(new ResourceId(id), start.toInstant(), end.toInstant());
    return new ResourceAvailabilityJson(
        answer.available(),
        answer.reason(),
        answer.closure() == null ? null : SchedulingClosureJson.of(answer.closure()));
  }

  private SchedulingWeekJson week(Resource resource) {
    List<OpeningInterval> own = hours.ofResource(resource.id());
    return SchedulingJson.week(
        !own.isEmpty(),
        centres.zoneOf(resource.orgUnitId()).getId(),
        availability.week(new ResourceId(resource.id()), resource.orgUnitId()));
  }
}
