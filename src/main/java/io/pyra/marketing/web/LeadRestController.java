package io.pyra.marketing.web;

import io.pyra.marketing.lead.ConvertLead;
import io.pyra.marketing.lead.Lead;
import io.pyra.marketing.lead.LeadAccess;
import io.pyra.marketing.lead.LeadConversion;
import io.pyra.marketing.lead.LeadDirectory;
import io.pyra.marketing.lead.LeadFilter;
import io.pyra.marketing.lead.LeadHistory;
import io.pyra.marketing.lead.LeadRow;
import io.pyra.marketing.lead.LeadService;
import io.pyra.marketing.lead.LeadSource;
import io.pyra.marketing.lead.LeadStatus;
import io.pyra.marketing.lead.SaveLead;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
 * Leads over the API: list the ones the caller may see (filters, cursor), read one with its
 * history, record one (idempotent with an {@code Idempotency-Key}; likely duplicates are a 409
 * listing them unless {@code duplicateReason} is given), change one with {@code If-Match}, move its
 * status, disqualify it with a reason, and convert it into a customer (and an opportunity).
 */
@Tag(name = "Leads")
@RestController
@RequestMapping("/api/v1/leads")
@PreAuthorize("hasAuthority('lead.read')")
class LeadRestController {

  /**
   * A lead as a client sends it. {@code source}: WEB_FORM, PHONE, WALK_IN, REFERRAL, EVENT, IMPORT,
   * API, OTHER; phones are normalized to E.164; at least one phone or the e-mail is required;
   * {@code interestId} is a catalogue product or category, {@code centreId} a branch; {@code
   * ownerId} and {@code orgUnitId} default to the writer and the owner's unit; {@code
   * duplicateReason} saves despite likely duplicates.
   */
  record LeadRequest(
      @Size(max = 12) String source,
      UUID campaignId,
      @Size(max = 200) String name,
      @Size(max = 40) String phone,
      @Size(max = 40) String phoneOther,
      @Size(max = 254) String email,
      UUID interestId,
      UUID centreId,
      @Size(max = 2000) String notes,
      Boolean consentEmail,
      Boolean consentSms,
      Boolean consentPhone,
      UUID ownerId,
      UUID orgUnitId,
      @Size(max = 500) String duplicateReason) {

    SaveLead command() {
      return new SaveLead(
          source,
          campaignId,
          name,
          phone,
          phoneOther,
          email,
          interestId,
          centreId,
          notes,
          Boolean.TRUE.equals(consentEmail),
          Boolean.TRUE.equals(consentSms),
          Boolean.TRUE.equals(consentPhone),
          ownerId,
          orgUnitId,
          duplicateReason);
    }
  }

  /** A move to another status (NEW, CONTACTED, APPOINTMENT_BOOKED, ARRIVED). */
  record LeadStatusRequest(LeadStatus status) {}

  /** A disqualification: the reason and an optional note. */
  record LeadDisqualifyRequest(@Size(max = 20) String reason, @Size(max = 500) String note) {}

  /**
   * A conversion: {@code customer} NEW makes a new customer from the lead ({@code duplicateReason}
   * saves it despite likely duplicates), EXISTING links the customer {@code customerId}; {@code
   * opportunityTitle} opens an opportunity.
   */
  record LeadConversionRequest(
      @NotBlank @Size(max = 8) String customer,
      UUID customerId,
      @Size(max = 500) String duplicateReason,
      @Size(max = 200) String opportunityTitle) {}

  record LeadList(List<LeadJson> items, String nextCursor) {}

  private final LeadService leads;
  private final LeadConversion conversion;
  private final LeadDirectory directory;
  private final LeadHistory history;
  private final LeadAccess access;
  private final IdempotentRequests idempotency;

  LeadRestController(
      LeadService leads,
      LeadConversion conversion,
      LeadDirectory directory,
      LeadHistory history,
      LeadAccess access,
      IdempotentRequests idempotency) {
    this.leads = leads;
    this.conversion = conversion;
    this.directory = directory;
    this.history = history;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "List the leads you may see, newest first. Filters: status (repeatable or"
              + " comma-separated), campaignId, source, centreId, ownerId, q (name, e-mail or"
              + " phone); limit (max 200); cursor = nextCursor of the previous page")
  @GetMapping
  LeadList list(
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) UUID campaignId,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) UUID centreId,
      @RequestParam(required = false) UUID ownerId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    LeadFilter filter = filter(status, campaignId, source, centreId, ownerId, q);
    Slice<LeadRow> slice = directory.search(filter, cursor, limit);
    return new LeadList(
        slice.items().stream().map(row -> LeadJson.of(row, null)).toList(), slice.nextCursor());
  }

  @Operation(summary = "Read one lead you may see, with its history (oldest first)")
  @GetMapping("/{id}")
  ResponseEntity<LeadJson> get(@PathVariable UUID id) {
    return current(id);
  }

  @Operation(
      summary =
          "Record a lead (NEW); an Idempotency-Key makes a retried create return the first result;"
              + " likely duplicates among customers and leads are a 409 listing them unless"
              + " duplicateReason is given")
  @PostMapping
  @PreAuthorize("hasAuthority('lead.write')")
  ResponseEntity<LeadJson> create(
      @RequestBody LeadRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(leads.create(request.command())),
        first ->
            created(
                leads.get(
                    UUID.fromString(
                        first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  @Operation(
      summary =
          "Change a lead (all but its status; If-Match required: a stale version is 412, nothing"
              + " written)")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('lead.write')")
  ResponseEntity<LeadJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LeadRequest request) {
    leads.writable(id);
    long version = ETags.required(ifMatch, LeadService.RECORD_TYPE);
    leads.update(id, version, request.command());
    return current(id);
  }

  @Operation(
      summary =
          "Move a lead: NEW → CONTACTED or APPOINTMENT_BOOKED, CONTACTED → APPOINTMENT_BOOKED,"
              + " APPOINTMENT_BOOKED → ARRIVED or back to CONTACTED; any other move is a 422 naming"
              + " status. If-Match optional")
  @PostMapping("/{id}/status")
  @PreAuthorize("hasAuthority('lead.write')")
  ResponseEntity<LeadJson> move(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LeadStatusRequest request) {
    leads.writable(id);
    leads.move(id, version(ifMatch), request.status() == null ? null : request.status().name());
    return current(id);
  }

  @Operation(
      summary =
          "Disqualify an open lead: reason NOT_INTERESTED, UNREACHABLE, DUPLICATE, SPAM,"
              + " OUT_OF_AREA or OTHER, and an optional note (at most 500). If-Match optional")
  @PostMapping("/{id}/disqualification")
  @PreAuthorize("hasAuthority('lead.write')")
  ResponseEntity<LeadJson> disqualify(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LeadDisqualifyRequest request) {
    leads.writable(id);
    leads.disqualify(id, version(ifMatch), request.reason(), request.note());
    return current(id);
  }

  @Operation(
      summary =
          "Convert an open lead: customer NEW makes a customer from the lead, EXISTING links"
              + " customerId; optionally"
              + " open an opportunity (opportunityTitle); the lead becomes CONVERTED. Converting"
              + " twice is a 422; a stale If-Match is 412")
  @PostMapping("/{id}/conversion")
  @PreAuthorize("hasAuthority('lead.write')")
  ResponseEntity<LeadJson> convert(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LeadConversionRequest request) {
    leads.writable(id);
    String customer =
        request.customer() == null ? "" : request.customer().strip().toUpperCase(Locale.ROOT);
    if (!customer.equals("NEW") && !customer.equals("EXISTING")) {
      throw new BusinessRuleException("customer", "one-of", "lead.conversion.customer.one-of");
    }
    if (customer.equals("EXISTING") && request.customerId() == null) {
      throw new BusinessRuleException(
          "customerId", "required", "lead.conversion.customer.required");
    }
    conversion.convert(
        id,
        version(ifMatch),
        new ConvertLead(
            customer.equals("EXISTING") ? request.customerId() : null,
            request.duplicateReason(),
            request.opportunityTitle()));
    return current(id);
  }

  /** A filter from the parameters of a list; unknown codes are 422 naming the parameter. */
  static LeadFilter filter(
      List<String> status, UUID campaignId, String source, UUID centreId, UUID ownerId, String q) {
    Set<LeadStatus> statuses = EnumSet.noneOf(LeadStatus.class);
    if (status != null) {
      for (String s : status) {
        for (String part : s.split(",")) {
          if (!part.isBlank()) {
            statuses.add(LeadService.status(part));
          }
        }
      }
    }
    LeadSource from = null;
    if (source != null && !source.isBlank()) {
      try {
        from = LeadSource.valueOf(source.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new BusinessRuleException("source", "one-of", "lead.source.one-of");
      }
    }
    return new LeadFilter(statuses, campaignId, from, centreId, ownerId, q);
  }

  private static Long version(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank()
        ? null
        : ETags.required(ifMatch, LeadService.RECORD_TYPE);
  }

  private ResponseEntity<LeadJson> created(Lead lead) {
    LeadJson body = read(lead.id());
    return ResponseEntity.created(URI.create("/api/v1/leads/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private ResponseEntity<LeadJson> current(UUID id) {
    LeadJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  private LeadJson read(UUID id) {
    LeadRow row =
        directory
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(LeadService.RECORD_TYPE, id));
    return LeadJson.of(row, history.of(id));
  }
}
