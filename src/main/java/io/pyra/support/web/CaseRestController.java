package io.pyra.support.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseFilter;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.CaseQueue;
import io.pyra.support.cases.CaseRow;
import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.CaseStatus;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.OpenCase;
import io.pyra.support.cases.Severity;
import io.pyra.support.cases.SupportCase;
import io.pyra.support.complaint.ComplaintStep;
import io.pyra.support.complaint.ComplaintSteps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Cases over the API: the queue of the cases the caller may see (filters, cursor; by priority then
 * the nearest deadline), one case, its history, opening one (idempotent with an {@code
 * Idempotency-Key}), changing one with {@code If-Match}, and moving one through its workflow.
 */
@Tag(name = "Cases")
@RestController
@RequestMapping("/api/v1/cases")
@PreAuthorize("hasAuthority('case.read')")
class CaseRestController {

  /** A case as a client sends it; codes for type, severity, channel and service category. */
  record CaseRequest(
      UUID customerId,
      UUID contactId,
      @Size(max = 30) String type,
      UUID categoryId,
      @Size(max = 20) String severity,
      @Size(max = 20) String channel,
      @Size(max = 200) String subject,
      @Size(max = 10000) String description,
      @Size(max = 40) String serviceCategory,
      UUID assigneeId,
      UUID teamId) {

    OpenCase command() {
      return new OpenCase(
          customerId,
          contactId,
          type,
          categoryId,
          severity,
          channel,
          subject,
          description,
          serviceCategory,
          assigneeId,
          teamId);
    }
  }

  /** A move to another status; {@code resolution} to resolve, {@code reason} for the history. */
  record TransitionRequest(
      @Size(max = 30) String to,
      @Size(max = 500) String reason,
      @Size(max = 4000) String resolution) {}

  /** A manager's priority (1–6) with a reason; no priority gives back the computed one. */
  record PriorityRequest(Integer priority, @Size(max = 500) String reason) {}

  record CaseList(List<CaseJson> items, String nextCursor) {}

  record HistoryJson(
      String kind,
      String from,
      String to,
      String detail,
      UUID actorId,
      String actorName,
      Instant occurredAt) {}

  private final CaseService cases;
  private final CaseQueue queue;
  private final CaseHistory history;
  private final CaseAccess access;
  private final IdempotentRequests idempotency;
  private final ComplaintSteps steps;

  CaseRestController(
      CaseService cases,
      CaseQueue queue,
      CaseHistory history,
      CaseAccess access,
      IdempotentRequests idempotency,
      ComplaintSteps steps) {
    this.steps = steps;
    this.cases = cases;
    this.queue = queue;
    this.history = history;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "The cases you may see in queue order (priority, then the nearest resolution deadline). "
              + "Filters: status (NEW, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED; "
              + "repeatable or comma-separated; none: the open ones), assigneeId, teamId, "
              + "customerId, type, severity; limit (max 200); cursor = nextCursor of the previous "
              + "page. Rows carry what a queue shows: read a case for its description and "
              + "resolution")
  @GetMapping
  CaseList list(
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) UUID assigneeId,
      @RequestParam(required = false) UUID teamId,
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String severity,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    CaseFilter filter =
        new CaseFilter(
            statuses(status),
            assigneeId,
            teamId,
            customerId,
            code(CaseType.class, type, "type"),
            code(Severity.class, severity, "severity"));
    Slice<CaseRow> slice = queue.search(filter, cursor, limit);
    Instant now = Instant.now();
    return new CaseList(
        slice.items().stream().map(r -> CaseJson.of(r, now)).toList(), slice.nextCursor());
  }

  @Operation(summary = "Read one case you may see")
  @GetMapping("/{id}")
  ResponseEntity<CaseJson> get(@PathVariable UUID id) {
    CaseJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(summary = "The history of a case you may see, oldest first")
  @GetMapping("/{id}/history")
  List<HistoryJson> history(@PathVariable UUID id) {
    cases.get(id);
    return history.of(id).stream()
        .map(
            e ->
                new HistoryJson(
                    e.kind().name(),
                    e.fromValue(),
                    e.toValue(),
                    e.detail(),
                    e.actorId(),
                    e.actorName(),
                    e.occurredAt()))
        .toList();
  }

  @Operation(
      summary =
          "Open a case for a customer you may see; without assigneeId and teamId it is yours, in "
              + "your team. An Idempotency-Key makes a retried create return the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('case.create')")
  ResponseEntity<CaseJson> create(
      @RequestBody CaseRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(cases.open(request.command()).id()),
        first ->
            created(
                UUID.fromString(
                    first.location().substring(first.location().lastIndexOf('/') + 1))));
  }

  @Operation(
      summary =
          "Change a case: what it is about, its severity, assignee and team (If-Match required: a "
              + "stale version is 412); a changed severity or team recomputes the deadlines")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('case.write')")
  ResponseEntity<CaseJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody CaseRequest request) {
    cases.writable(id);
    long version = ETags.required(ifMatch, "case");
    cases.change(id, version, request.command());
    CaseJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Move a case to another status (to: IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED with a "
              + "resolution, CLOSED — a complaint needs its root cause —, or IN_PROGRESS again to "
              + "reopen within the reopen window); If-Match optional")
  @PostMapping("/{id}/transitions")
  @PreAuthorize("hasAuthority('case.write')")
  ResponseEntity<CaseJson> transition(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody TransitionRequest request) {
    Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.required(ifMatch, "case");
    cases.transition(id, version, request.to(), request.reason(), request.resolution());
    CaseJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(summary = "Override a case's priority with a reason (case.approve)")
  @PutMapping("/{id}/priority")
  @PreAuthorize("hasAuthority('case.approve')")
  ResponseEntity<CaseJson> priority(@PathVariable UUID id, @RequestBody PriorityRequest request) {
    cases.overridePriority(id, request.priority(), request.reason());
    CaseJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  private ResponseEntity<CaseJson> created(UUID id) {
    CaseJson body = read(id);
    return ResponseEntity.created(URI.create("/api/v1/cases/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private CaseJson read(UUID id) {
    SupportCase c = cases.get(id);
    CaseRow row = queue.find(id).orElseThrow(() -> new RecordNotFoundException("case", id));
    ComplaintStep step = c.type() == CaseType.COMPLAINT ? steps.current(id) : null;
    return CaseJson.of(c, row, step == null ? null : step.name(), Instant.now());
  }

  private static Set<CaseStatus> statuses(List<String> status) {
    if (status == null || status.isEmpty()) {
      return CaseStatus.OPEN;
    }
    Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    for (String s : status) {
      for (String part : s.split(",")) {
        if (!part.isBlank()) {
          CaseStatus parsed = code(CaseStatus.class, part, "status");
          statuses.add(parsed);
        }
      }
    }
    return statuses;
  }

  private static <E extends Enum<E>> E code(Class<E> kind, String code, String field) {
    if (code == null || code.isBlank()) {
      return null;
    }
    if (code.length() > 40) {
      throw new BusinessRuleException(field, "unknown", "case." + field + ".unknown");
    }
    try {
      return Enum.valueOf(kind, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(field, "unknown", "case." + field + ".unknown");
    }
  }
}
