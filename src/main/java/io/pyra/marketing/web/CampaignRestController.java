package io.pyra.marketing.web;

import io.pyra.marketing.campaign.Campaign;
import io.pyra.marketing.campaign.CampaignAccess;
import io.pyra.marketing.campaign.CampaignCosts;
import io.pyra.marketing.campaign.CampaignDirectory;
import io.pyra.marketing.campaign.CampaignFilter;
import io.pyra.marketing.campaign.CampaignRow;
import io.pyra.marketing.campaign.CampaignService;
import io.pyra.marketing.campaign.CampaignStatus;
import io.pyra.marketing.campaign.CostRow;
import io.pyra.marketing.campaign.RecordCost;
import io.pyra.marketing.campaign.SaveCampaign;
import io.pyra.marketing.campaign.Spending;
import io.pyra.marketing.channel.Channel;
import io.pyra.marketing.channel.Channels;
import io.pyra.marketing.web.CampaignJson.CampaignCostJson;
import io.pyra.marketing.web.CampaignJson.CampaignSpendingJson;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.idempotency.IdempotentRequests;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * Campaigns over the API: list the ones the caller may see (filters, cursor), read one with its
 * budget against its actual costs, record one (idempotent with an {@code Idempotency-Key}), change
 * one with {@code If-Match}, move its status, and record, list and remove its actual costs.
 */
@Tag(name = "Campaigns")
@RestController
@RequestMapping("/api/v1/campaigns")
@PreAuthorize("hasAuthority('campaign.read')")
class CampaignRestController {

  /**
   * A campaign as a client sends it. {@code code} counts only when it is recorded; {@code channel}
   * is a channel's code; amounts are decimals with at most two places in {@code budgetCurrency}
   * (ISO 4217); {@code ownerId} and {@code orgUnitId} default to the writer and the owner's unit.
   */
  record CampaignRequest(
      @Size(max = 40) String code,
      @Size(max = 200) String name,
      @Size(max = 60) String channel,
      BigDecimal budgetAmount,
      @Size(max = 3) String budgetCurrency,
      LocalDate startsOn,
      LocalDate endsOn,
      @Size(max = 500) String audience,
      UUID audienceOrgUnitId,
      UUID ownerId,
      UUID orgUnitId) {

    SaveCampaign command() {
      return new SaveCampaign(
          code,
          name,
          channel,
          budgetAmount,
          budgetCurrency,
          startsOn,
          endsOn,
          audience,
          audienceOrgUnitId,
          ownerId,
          orgUnitId);
    }
  }

  /** A move to another status. */
  record CampaignStatusRequest(CampaignStatus status) {}

  /** An actual cost: the day, the amount (≥ 0, two decimals) in {@code currency}, a note. */
  record CampaignCostRequest(
      LocalDate spentOn,
      BigDecimal amount,
      @Size(max = 3) String currency,
      @Size(max = 300) String note) {}

  record CampaignList(List<CampaignJson> items, String nextCursor) {}

  record CampaignCostList(List<CampaignCostJson> items, CampaignSpendingJson spending) {}

  private final CampaignService campaigns;
  private final CampaignCosts costs;
  private final CampaignDirectory directory;
  private final CampaignAccess access;
  private final Channels channels;
  private final IdempotentRequests idempotency;

  CampaignRestController(
      CampaignService campaigns,
      CampaignCosts costs,
      CampaignDirectory directory,
      CampaignAccess access,
      Channels channels,
      IdempotentRequests idempotency) {
    this.campaigns = campaigns;
    this.costs = costs;
    this.directory = directory;
    this.access = access;
    this.channels = channels;
    this.idempotency = idempotency;
  }

  @Operation(
      summary =
          "List the campaigns you may see, latest start first. Filters: status (PLANNED, ACTIVE, "
              + "PAUSED, COMPLETED, CANCELLED; repeatable or comma-separated), channel (code), "
              + "ownerId, orgUnitId, q (code or name); limit (max 200); cursor = nextCursor of the "
              + "previous page")
  @GetMapping
  CampaignList list(
      @RequestParam(required = false) List<String> status,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) UUID ownerId,
      @RequestParam(required = false) UUID orgUnitId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String cursor) {
    CampaignFilter filter = filter(channels, status, channel, ownerId, orgUnitId, q);
    Slice<CampaignRow> slice = directory.search(filter, cursor, limit);
    return new CampaignList(
        slice.items().stream().map(row -> CampaignJson.of(row, null)).toList(), slice.nextCursor());
  }

  @Operation(summary = "Read one campaign you may see, with its budget against its actual costs")
  @GetMapping("/{id}")
  ResponseEntity<CampaignJson> get(@PathVariable UUID id) {
    CampaignJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Record a campaign (PLANNED); an Idempotency-Key makes a retried create return the first"
              + " result")
  @PostMapping
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<CampaignJson> create(
      @RequestBody CampaignRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return idempotency.once(
        idempotencyKey,
        access.me(),
        request,
        () -> created(campaigns.create(request.command())),
        first ->
            created(
                campaigns.get(
                    UUID.fromString(
                        first.location().substring(first.location().lastIndexOf('/') + 1)))));
  }

  @Operation(
      summary =
          "Change a campaign (all but its code and status; If-Match required: a stale version is"
              + " 412, nothing written)")
  @PutMapping("/{id}")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<CampaignJson> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody CampaignRequest request) {
    campaigns.writable(id);
    long version = ETags.required(ifMatch, CampaignService.RECORD_TYPE);
    campaigns.update(id, version, request.command());
    CampaignJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(
      summary =
          "Move a campaign: PLANNED → ACTIVE → PAUSED ↔ ACTIVE → COMPLETED, or CANCELLED from"
              + " PLANNED, ACTIVE or PAUSED; any other move is a 422 naming status. If-Match"
              + " optional")
  @PostMapping("/{id}/status")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<CampaignJson> move(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody CampaignStatusRequest request) {
    campaigns.writable(id);
    Long version =
        ifMatch == null || ifMatch.isBlank()
            ? null
            : ETags.required(ifMatch, CampaignService.RECORD_TYPE);
    campaigns.move(id, version, request.status() == null ? null : request.status().name());
    CampaignJson body = read(id);
    return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
  }

  @Operation(summary = "The actual costs of a campaign, latest first, with the totals per currency")
  @GetMapping("/{id}/costs")
  CampaignCostList costs(@PathVariable UUID id) {
    CampaignRow row = row(id);
    List<CostRow> costs = directory.costs(id);
    return new CampaignCostList(
        costs.stream().map(CampaignCostJson::of).toList(),
        CampaignSpendingJson.of(Spending.of(row.budgetAmount(), row.budgetCurrency(), costs)));
  }

  @Operation(
      summary =
          "Record an actual cost of a campaign (at most 500 per campaign): spentOn, amount (≥ 0),"
              + " currency (ISO 4217), note")
  @PostMapping("/{id}/costs")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<CampaignCostJson> addCost(
      @PathVariable UUID id, @RequestBody CampaignCostRequest request) {
    var cost =
        costs.spend(
            id,
            new RecordCost(
                request.spentOn(), request.amount(), request.currency(), request.note()));
    CampaignCostJson body =
        directory.costs(id).stream()
            .filter(c -> c.id().equals(cost.id()))
            .findFirst()
            .map(CampaignCostJson::of)
            .orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/costs/" + cost.id()))
        .body(body);
  }

  @Operation(summary = "Remove an actual cost of a campaign")
  @DeleteMapping("/{id}/costs/{costId}")
  @PreAuthorize("hasAuthority('campaign.write')")
  ResponseEntity<Void> removeCost(@PathVariable UUID id, @PathVariable UUID costId) {
    costs.removeCost(id, costId);
    return ResponseEntity.noContent().build();
  }

  /** A filter from the parameters of a list; unknown codes are 422 naming the parameter. */
  static CampaignFilter filter(
      Channels channels,
      List<String> status,
      String channel,
      UUID ownerId,
      UUID orgUnitId,
      String q) {
    Set<CampaignStatus> statuses = EnumSet.noneOf(CampaignStatus.class);
    if (status != null) {
      for (String s : status) {
        for (String part : s.split(",")) {
          if (!part.isBlank()) {
            statuses.add(CampaignService.status(part));
          }
        }
      }
    }
    UUID channelId = null;
    if (channel != null && !channel.isBlank()) {
      channelId =
          channels
              .byCode(channel)
              .map(Channel::id)
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "channel", "not-found", "campaign.channel.unknown"));
    }
    return new CampaignFilter(statuses, channelId, ownerId, orgUnitId, q);
  }

  private ResponseEntity<CampaignJson> created(Campaign campaign) {
    CampaignJson body = read(campaign.id());
    return ResponseEntity.created(URI.create("/api/v1/campaigns/" + body.id()))
        .eTag(ETags.of(body.version()))
        .body(body);
  }

  private CampaignRow row(UUID id) {
    return directory
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(CampaignService.RECORD_TYPE, id));
  }

  private CampaignJson read(UUID id) {
    CampaignRow row = row(id);
    return CampaignJson.of(row, directory.spending(row));
  }
}
