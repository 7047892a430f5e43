package io.pyra.marketing.web;

import io.pyra.marketing.mailing.AudienceRow;
import io.pyra.marketing.mailing.MailingAccess;
import io.pyra.marketing.mailing.SaveAudience;
import io.pyra.marketing.mailing.SavedAudiences;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
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

/**
 * Saved audiences over the API: the customers of a saved customer filter (the customer list's query
 * parameters, as on {@code /customers}) and/or the leads of a campaign. Read with campaign.read,
 * written with campaign.write; changes and removals need {@code If-Match}.
 */
@Tag(name = "SavedAudiences")
@RestController
@RequestMapping("/api/v1/marketing/audiences")
@PreAuthorize("hasAuthority('campaign.read')")
class MailingAudienceRestController {

  /**
   * An audience: {@code customers} includes the customers matching {@code filterQuery} (e.g. {@code
   * stage=ACTIVE&tag=vip}; empty: all you may read); {@code leadCampaignId} adds that campaign's
   * leads.
   */
  record MarketingAudienceRequest(
      @Size(max = 200) String name,
      Boolean customers,
      @Size(max = 2000) String filterQuery,
      UUID leadCampaignId) {

    SaveAudience command() {
      return new SaveAudience(name, customers != null && customers, filterQuery, leadCampaignId);
    }
  }

  record MarketingAudienceJson(
      UUID id,
      String name,
      boolean customers,
      String filterQuery,
      UUID leadCampaignId,
      UUID ownerId,
      UUID orgUnitId,
      long version,
      Instant createdAt,
      Instant updatedAt) {

    static MarketingAudienceJson of(AudienceRow a) {
      return new MarketingAudienceJson(
          a.id(),
          a.name(),
          a.customers(),
          a.filterQuery(),
          a.leadCampaignId(),
          a.ownerId(),
          a.orgUnitId(),
          a.version(),
          a.createdAt(),
          a.updatedAt());
    }
  }

  record MarketingAudienceList(List<MarketingAudienceJson> items, String nextCursor) {}

  private final SavedAudiences audiences;
  private final MailingAccess access;
  private final IdempotentRequests idempotency;

  MailingAudienceRestController(
      SavedAudiences audiences, MailingAccess access, IdempotentRequests idempotency) {
    this.audiences = audiences;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(summary = "List the audiences you may see, by name; limit (max 200), cursor")
  @GetMapping
  MarketingAudienceList list(
      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
    Slice<AudienceRow> slice = audiences.list(cursor, limit);
    return new MarketingAudienceList(
        slice.items().stream().map(MarketingAudienceJson::of).toList(), slice.nextCursor());
  }

  @Operation(summary = "Read one audience you may see")
  @GetMapping("/{id}")
  ResponseEntity<MarketingAudienceJson> get(@PathVariable UUID id) {
    AudienceRow audience = audiences.get(id);
    return ResponseEntity.ok()
        .eTag(ETags.of(audience.version()))
        .body(MarketingAudienceJson.of(audience));
  }

  @Operation(
      summary = "Save an audience; an Idempotency-Key makes a retried create return the first")
  @PostMapping
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<MarketingAudienceJson> create(
      @RequestBody MarketingAudienceRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(audiences.create(request.command())),
        first ->
            created(
                audiences.get(
                    UUID.fromString(
                        first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  @Operation(summary = "Change an audience (If-Match required: a stale version is 412)")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<MarketingAudienceJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody MarketingAudienceRequest request) {
    audiences.writable(id);
    long version = ETags.required(ifMatch, SavedAudiences.RECORD_TYPE);
    AudienceRow audience = audiences.update(id, version, request.command());
    return ResponseEntity.ok()
        .eTag(ETags.of(audience.version()))
        .body(MarketingAudienceJson.of(audience));
  }

  @Operation(
      summary = "Remove an audience no campaign or mailing uses (If-Match required; in use: 422)")
  @DeleteMapping("/{id}")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<Void> delete(
      @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    audiences.writable(id);
    audiences.delete(id, ETags.required(ifMatch, SavedAudiences.RECORD_TYPE));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<MarketingAudienceJson> created(AudienceRow audience) {
    return ResponseEntity.created(URI.create("/api/v1/marketing/audiences/" + audience.id()))
        .eTag(ETags.of(audience.version()))
        .body(MarketingAudienceJson.of(audience));
  }
}
