package io.pyra.interaction.web;

import io.pyra.interaction.record.ContactRecord;
import io.pyra.interaction.record.ContactRecordQueries;
import io.pyra.interaction.record.ContactRecordService;
import io.pyra.interaction.record.LogContactRecord;
import io.pyra.interaction.record.PolicyOverride;
import io.pyra.interaction.record.RecordFilter;
import io.pyra.interaction.record.RecordRow;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Contact records over the API: log (idempotent with an {@code Idempotency-Key}), read, list with
 * filters and a cursor, and the author's correction within 24 hours ({@code If-Match}). A record is
 * visible exactly where its customer is; otherwise it does not exist (404).
 */
@Tag(name = "Contact records")
@RestController
@RequestMapping("/api/v1/interactions")
class ContactRecordRestController {

  /**
   * Asks to let a return visit exceed the follow-up policy, with the reason (needs
   * interaction.override).
   */
  @Schema(
      description =
          "Lets a return visit exceed the follow-up policy. Only for a caller whose interaction.override "
              + "reaches the customer; the record keeps the caller as overrideBy and the reason. Ignored when the policy is "
              + "not exceeded. (A user without the permission gets a supervisor's confirmation on the page instead.)")
  record OverrideRequest(
      @Schema(
              description = "Why the policy is exceeded; required, at most 500 characters",
              maxLength = 500,
              example = "Parents asked for a call after the exam results")
          @Size(max = 500)
          String reason) {

    PolicyOverride command() {
      return PolicyOverride.self(reason);
    }
  }

  record RecordRequest(
      UUID customerId,
      UUID contactId,
      UUID jobId,
      @Size(max = 60) String type,
      @Size(max = 10) String channel,
      @Size(max = 8) String direction,
      @Size(max = 300) String subject,
      @Size(max = 8000) String notes,
      @Size(max = 2000) String outcome,
      Instant occurredAt,
      Integer durationMinutes,
      @Size(max = 2) String country,
      @Size(max = 100) String office,
      @Schema(
              description =
                  "Override of the follow-up policy for a return visit beyond it; omit otherwise")
          @Valid
          OverrideRequest override) {

    LogContactRecord command(Long version) {
      return new LogContactRecord(
          customerId,
          contactId,
          jobId,
          type,
          channel,
          direction,
          subject,
          notes,
          outcome,
          durationMinutes,
          occurredAt,
          country,
          office,
          override == null ? null : override.command(),
          version);
    }
  }

  record RecordListResponse(List<ContactRecordJson> items, String nextCursor) {}

  private final ContactRecordService records;
  private final ContactRecordQueries queries;
  private final IdempotentRequests idempotency;
  private final JsonBodies bodies;
  private final InteractionTypeService types;

  ContactRecordRestController(
      ContactRecordService records,
      ContactRecordQueries queries,
      IdempotentRequests idempotency,
      JsonBodies bodies,
      InteractionTypeService types) {
    this.types = types;
    this.records = records;
    this.queries = queries;
    this.idempotency = idempotency;
    this.bodies = bodies;
  }

  @Operation(
      summary =
          "Log a contact record; an Idempotency-Key makes a retried request return the first result. "
              + "A return visit beyond the follow-up policy is refused (422, rule follow-up-policy, the policy named in the "
              + "detail) unless \"override\": {\"reason\": …} is sent by a user whose interaction.override reaches the "
              + "customer; without that permission it is refused (422, field override, rule not-permitted), and without a "
              + "reason too (422, field override.reason, rule required)")
  @PostMapping
  @PreAuthorize("hasAuthority('interaction.create')")
  ResponseEntity<ContactRecordJson> create(
      @RequestBody RecordRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        records.currentUserId(),
        request,
        () -> created(logged(records.log(request.command(null)))),
        first ->
            created(
                ContactRecordJson.of(
                    row(
                        UUID.fromString(
                            first.location().substring(first.location().lastIndexOf('/') + 1))))));
  }

  @Operation(summary = "Read one contact record")
  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('customer.read')")
  ResponseEntity<ContactRecordJson> get(@PathVariable UUID id) {
    ContactRecordJson json = ContactRecordJson.of(row(id));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  @Operation(
      summary =
          "List the contact records you may see, newest first. Filters: customerId, jobId, type (a type "
              + "code; types below it included), channel, authorId, from and to (ISO instants; from inclusive, to exclusive); "
              + "limit (max 200); cursor = the nextCursor of the previous page")
  @GetMapping
  @PreAuthorize("hasAuthority('customer.read')")
  RecordListResponse list(
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) UUID jobId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) UUID authorId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    Slice<RecordRow> slice =
        queries.search(
            new RecordFilter(customerId, jobId, type, channel, authorId, from, to), cursor, limit);
    return new RecordListResponse(
        slice.items().stream().map(ContactRecordJson::of).toList(), slice.nextCursor());
  }

  @Operation(
      summary =
          "Correct the given fields of your own contact record within 24 hours of logging it "
              + "(If-Match required); someone else's record, or an older one, is refused (403)")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAuthority('interaction.create')")
  ResponseEntity<ContactRecordJson> patch(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = RecordRequest.class)))
          @RequestBody
          JsonNode body,
      HttpServletRequest http) {
    RecordRequest patch = bodies.read(body, RecordRequest.class, http);
    RecordRow now = row(id);
    long version = ETags.required(ifMatch, "contact record");
    records.correct(
        id,
        new LogContactRecord(
            body.has("customerId") ? patch.customerId() : now.customerId(),
            body.has("contactId") ? patch.contactId() : now.contactId(),
            body.has("jobId") ? patch.jobId() : now.jobId(),
            body.has("type") ? patch.type() : now.type(),
            body.has("channel") ? patch.channel() : now.channel(),
            body.has("direction") ? patch.direction() : now.direction(),
            body.has("subject") ? patch.subject() : now.subject(),
            body.has("notes") ? patch.notes() : now.notes(),
            body.has("outcome") ? patch.outcome() : now.outcome(),
            body.has("durationMinutes") ? patch.durationMinutes() : now.durationMinutes(),
            body.has("occurredAt") && patch.occurredAt() != null
                ? patch.occurredAt()
                : now.occurredAt(),
            body.has("country") ? patch.country() : now.country(),
            body.has("office") ? patch.office() : now.office(),
            patch.override() == null ? null : patch.override().command(),
            version));
    ContactRecordJson json = ContactRecordJson.of(row(id));
    return ResponseEntity.ok().eTag(ETags.of(json.version())).body(json);
  }

  private RecordRow row(UUID id) {
    return queries.find(id).orElseThrow(() -> new RecordNotFoundException("contact record", id));
  }

  private ContactRecordJson logged(ContactRecord record) {
    return ContactRecordJson.logged(
        record, types.catalogue().id(record.typeId()).orElseThrow().code());
  }

  private static ResponseEntity<ContactRecordJson> created(ContactRecordJson json) {
    return ResponseEntity.created(URI.create("/api/v1/interactions/" + json.id()))
        .eTag(ETags.of(json.version()))
        .body(json);
  }
}
