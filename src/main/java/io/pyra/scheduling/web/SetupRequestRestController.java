package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.scheduling.setup.SetupChecklist;
import io.pyra.scheduling.setup.SetupDirectory;
import io.pyra.scheduling.setup.SetupRequest;
import io.pyra.scheduling.setup.SetupRequestFilter;
import io.pyra.scheduling.setup.SetupRequests;
import io.pyra.scheduling.setup.SetupStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Set-up requests over the API: the ones the caller works (due soonest first), one with its
 * checklist (ETag), one made by hand for a PC set of a booking, given to a technician, and its
 * machines marked one by one or as a range (If-Match on the request's version).
 */
@Tag(name = "Set-up requests")
@RestController
@RequestMapping("/api/v1/setup-requests")
@PreAuthorize("hasAuthority('setup.work')")
class SetupRequestRestController {

  /** A request for a PC set the booking holds, set up with an active profile. */
  record NewSetupRequest(UUID bookingId, UUID resourceId, UUID profileId) {}

  /** A machine's new state (INSTALLED, VERIFIED or FAILED) and note (required for FAILED). */
  record MachineMark(@Size(max = 10) String state, @Size(max = 500) String note) {}

  /** Machines {@code from} to {@code to} (included) marked alike. */
  record MachineRangeMark(
      Integer from, Integer to, @Size(max = 10) String state, @Size(max = 500) String note) {}

  /** Whom the request is given to: a technician of its centre; none: the caller. */
  record Assignment(UUID technicianId) {}

  record SetupRequestList(List<SetupJson.Request> items, String nextCursor) {}

  private final SetupDirectory directory;
  private final SetupRequests requests;
  private final SetupChecklist checklist;

  SetupRequestRestController(
      SetupDirectory directory, SetupRequests requests, SetupChecklist checklist) {
    this.directory = directory;
    this.requests = requests;
    this.checklist = checklist;
  }

  @Operation(
      summary =
          "The set-up requests you work (setup.work reaching their centre), due soonest first."
              + " Filters: centreId (its units below included), dueFrom, dueTo, status (OPEN,"
              + " READY, CANCELLED), bookingId; limit (max 200); cursor")
  @GetMapping
  SetupRequestList list(
      @RequestParam(required = false) UUID centreId,
      @RequestParam(required = false) OffsetDateTime dueFrom,
      @RequestParam(required = false) OffsetDateTime dueTo,
      @RequestParam(required = false) @Size(max = 10) String status,
      @RequestParam(required = false) UUID bookingId,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    SetupRequestFilter filter =
        new SetupRequestFilter(
            centreId,
            dueFrom == null ? null : dueFrom.toInstant(),
            dueTo == null ? null : dueTo.toInstant(),
            status(status),
            bookingId);
    Slice<SetupRequest> slice = directory.search(filter, cursor, limit);
    return new SetupRequestList(
        slice.items().stream().map(r -> SetupJson.Request.of(r, null)).toList(),
        slice.nextCursor());
  }

  @Operation(summary = "One set-up request you work, with its checklist")
  @GetMapping("/{id}")
  ResponseEntity<SetupJson.Request> get(@PathVariable UUID id) {
    return answer(directory.get(id));
  }

  @Operation(
      summary =
          "Make a set-up request for a PC set the booking holds (one per booking and PC set):"
              + " one machine per seat, all PENDING, due when the booking starts")
  @PostMapping
  ResponseEntity<SetupJson.Request> create(@RequestBody NewSetupRequest request) {
    SetupRequest made =
        requests.create(request.bookingId(), request.resourceId(), request.profileId());
    return ResponseEntity.created(URI.create("/api/v1/setup-requests/" + made.id()))
        .eTag(ETags.of(made.version()))
        .body(SetupJson.Request.of(made, directory.machines(made.id())));
  }

  @Operation(
      summary =
          "Mark one machine INSTALLED, VERIFIED or FAILED (a note of at most 500 characters"
              + " required); the request is READY when every machine is verified. If-Match"
              + " required")
  @PutMapping("/{id}/machines/{machineNo}")
  ResponseEntity<SetupJson.Request> mark(
      @PathVariable UUID id,
      @PathVariable int machineNo,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MachineMark mark) {
    directory.get(id);
    long version = ETags.required(ifMatch, SetupDirectory.RECORD_TYPE);
    return answer(checklist.mark(id, machineNo, mark.state(), mark.note(), version));
  }

  @Operation(
      summary =
          "Mark machines from to to (included) alike, e.g. 1 to 20 INSTALLED. If-Match required")
  @PostMapping("/{id}/machines")
  ResponseEntity<SetupJson.Request> markRange(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MachineRangeMark mark) {
    directory.get(id);
    long version = ETags.required(ifMatch, SetupDirectory.RECORD_TYPE);
    return answer(
        checklist.markRange(id, mark.from(), mark.to(), mark.state(), mark.note(), version));
  }

  @Operation(
      summary =
          "Give the request to a technician of its centre (technicianId), or take it yourself"
              + " (no technicianId). If-Match required")
  @PostMapping("/{id}/assignment")
  ResponseEntity<SetupJson.Request> assign(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) Assignment assignment) {
    directory.get(id);
    long version = ETags.required(ifMatch, SetupDirectory.RECORD_TYPE);
    return answer(
        requests.assign(id, assignment == null ? null : assignment.technicianId(), version));
  }

  static SetupStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return SetupStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("status", "unknown", "setup.request.status.unknown");
    }
  }

  private ResponseEntity<SetupJson.Request> answer(SetupRequest request) {
    return ResponseEntity.ok()
        .eTag(ETags.of(request.version()))
        .body(SetupJson.Request.of(request, directory.machines(request.id())));
  }
}
