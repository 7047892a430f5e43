package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.pyra.sales.opportunity.MoveOpportunity;
import io.pyra.sales.opportunity.Opportunity;
import io.pyra.sales.opportunity.OpportunityAccess;
import io.pyra.sales.opportunity.OpportunityDirectory;
import io.pyra.sales.opportunity.OpportunityFilter;
import io.pyra.sales.opportunity.OpportunityRow;
import io.pyra.sales.opportunity.OpportunityService;
import io.pyra.sales.opportunity.OpportunityStatus;
import io.pyra.sales.opportunity.SaveOpportunity;
import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.PipelineService;
import io.pyra.sales.pipeline.PipelineStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Opportunities over the API: list the ones the caller may see (filters, cursor), read one, record
 * one (idempotent with an {@code Idempotency-Key}), change one with {@code If-Match}, and move one
 * to another stage of its pipeline (a lost stage with a reason).
 */
@Tag(name = "Opportunities")
@RestController
@RequestMapping("/api/v1/opportunities")
@PreAuthorize("hasAuthority('opportunity.read')")
class OpportunityRestController {

  /**
   * An opportunity as a client sends it. {@code pipeline} and {@code stage} are codes (or ids) and
   * count only when it is recorded; {@code amount} is a decimal in {@code currency} (ISO 4217).
   */
  record OpportunityRequest(
      @Size(max = 200) String title,
      UUID customerId,
      UUID contactId,
      UUID ownerId,
      @Size(max = 60) String pipeline,
      @Size(max = 60) String stage,
      BigDecimal amount,
      @Size(max = 3) String currency,
      LocalDate expectedClose,
      @Size(max = 60) String source,
      @Size(max = 200) String competitor,
      Integer probability,
      @Size(max = 2000) String notes) {

    SaveOpportunity command() {
      return new SaveOpportunity(
          title,
          customerId,
          contactId,
          ownerId,
          pipeline,
          stage,
          amount,
          currency,
          expectedClose,
          source,
          competitor,
          probability,
          notes);
    }
  }

  /** A move to another stage; a lost stage needs {@code lostReason} (a code). */
  record MoveRequest(
      @Size(max = 60) String stage,
      @Size(max = 60) String lostReason,
      @Size(max = 200) String competitor) {}

  record OpportunityList(List<OpportunityJson> items, String nextCursor) {}

  private final OpportunityService opportunities;
  private final OpportunityDirectory directory;
  private final OpportunityAccess access;
  private final PipelineService pipelines;
  private final IdempotentRequests idempotency;

  OpportunityRestController(
      OpportunityService opportunities,
      OpportunityDirectory directory,
      OpportunityAccess access,
      PipelineService pipelines,
      IdempotentRequests idempotency) {
    this.opportunities = opportunities;
    this.directory = directory;
    this.access = access;
    this.pipelines = pipelines;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "List the opportunities you may see, newest first. Filters: pipeline (code), stage (code, "
              + "with pipeline), status (OPEN, WON, LOST; repeatable or comma-separated), ownerId, "
              + "customerId, closeFrom/closeTo (expected close, both included), q (title, code or "
              + "customer name); limit (max 200); cursor = nextCursor of the previous page")
  @GetMapping
  OpportunityList list(
      @RequestParam(required = false) String pipeline,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) UUID ownerId,
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate closeFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate closeTo,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    OpportunityFilter filter =
        filter(pipelines, pipeline, stage, status, ownerId, customerId, closeFrom, closeTo, q);
    Slice<OpportunityRow> slice = directory.search(filter, cursor, limit);
    return new OpportunityList(
        slice.items().stream().map(OpportunityJson::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "Read one opportunity you may see")
  @GetMapping("/{id}")
  ResponseEntity<OpportunityJson> get(@PathVariable UUID id) {
    OpportunityJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Record an opportunity (in the first open stage of the pipeline unless a stage is given); "
              + "an Idempotency-Key makes a retried create return the first result")
  @PostMapping
  @PreAuthorize("hasAuthority('opportunity.write')")
  ResponseEntity<OpportunityJson> create(
      @RequestBody OpportunityRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(opportunities.create(request.command())),
        first ->
            created(
                opportunities.get(
                    UUID.fromString(
                        first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  @Operation(
      summary =
          "Change an opportunity (all fields but pipeline and stage; If-Match required: a stale "
              + "version is 412)")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('opportunity.write')")
  ResponseEntity<OpportunityJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody OpportunityRequest request) {
    opportunities.writable(id);
    long version = ETags.required(ifMatch, "opportunity");
    opportunities.update(id, version, request.command());
    OpportunityJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Move an opportunity to another stage of its pipeline; a lost stage needs lostReason "
              + "(and competitor when the reason is COMPETITOR); If-Match optional. A won "
              + "opportunity answers orderUrl, where its order is written")
  @PostMapping("/{id}/stage")
  @PreAuthorize("hasAuthority('opportunity.write')")
  ResponseEntity<OpportunityJson> move(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MoveRequest request) {
    Long version =
        ifMatch == null || ifMatch.isBlank() ? null : ETags.required(ifMatch, "opportunity");
    opportunities.move(
        id,
        new MoveOpportunity(request.stage(), request.lostReason(), request.competitor(), version));
    OpportunityJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  /** A filter from the parameters of a list; unknown codes are 422 naming the parameter. */
  static OpportunityFilter filter(
      PipelineService pipelines,
      String pipeline,
      String stage,
      List<String> status,
      UUID ownerId,
      UUID customerId,
      LocalDate closeFrom,
      LocalDate closeTo,
      String q) {
    UUID pipelineId = null;
    UUID stageId = null;
    if (pipeline != null && !pipeline.isBlank()) {
      Pipeline found =
          pipelines
              .byReference(pipeline)
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "pipeline", "not-found", "opportunity.pipeline.unknown"));
      pipelineId = found.id();
      if (stage != null && !stage.isBlank()) {
        stageId =
            pipelines
                .stageOf(pipelineId, stage)
                .map(PipelineStage::id)
                .orElseThrow(
                    () ->
                        new BusinessRuleException(
                            "stage", "pipeline", "opportunity.stage.other-pipeline"));
      }
    }
    Set<OpportunityStatus> statuses = EnumSet.noneOf(OpportunityStatus.class);
    if (status != null) {
      for (String s : status) {
        for (String part : s.split(",")) {
          if (!part.isBlank()) {
            statuses.add(status(part));
          }
        }
      }
    }
    return new OpportunityFilter(
        pipelineId, stageId, statuses, ownerId, customerId, closeFrom, closeTo, q);
  }

  static OpportunityStatus status(String code) {
    for (OpportunityStatus s : OpportunityStatus.values()) {
      if (s.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new BusinessRuleException("status", "one-of", "opportunity.status.one-of");
  }

  private ResponseEntity<OpportunityJson> created(Opportunity opportunity) {
    OpportunityJson body = read(opportunity.id());
    return ResponseEntity.created(URI.create("/api/v1/opportunities/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private OpportunityJson read(UUID id) {
    return directory
        .find(id)
        .map(OpportunityJson::of)
        .orElseThrow(() -> new RecordNotFoundException("opportunity", id));
  }
}
