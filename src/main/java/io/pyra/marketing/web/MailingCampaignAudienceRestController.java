package io.pyra.marketing.web;

import io.pyra.marketing.mailing.AudienceRow;
import io.pyra.marketing.mailing.CampaignAudiences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's target audience, a saved audience: read it, or choose it (null: none). */
@Tag(name = "Campaigns")
@RestController
@PreAuthorize("hasAuthority('campaign.read')")
class MailingCampaignAudienceRestController {

  /** The campaign's target audience: its id and name, both null when it has none. */
  record CampaignTargetAudience(UUID audienceId, String audienceName) {

    static CampaignTargetAudience of(java.util.Optional<AudienceRow> audience) {
      return new CampaignTargetAudience(
          audience.map(AudienceRow::id).orElse(null), audience.map(AudienceRow::name).orElse(null));
    }
  }

  /** The audience to make the campaign's target audience; null for none. */
  record CampaignTargetAudienceRequest(UUID audienceId) {}

  private final CampaignAudiences audiences;

  MailingCampaignAudienceRestController(CampaignAudiences audiences) {
    this.audiences = audiences;
  }

  @Operation(summary = "A campaign's target audience (a saved audience you may see)")
  @GetMapping("/api/v1/campaigns/{id}/target-audience")
  CampaignTargetAudience get(@PathVariable UUID id) {
    return CampaignTargetAudience.of(audiences.of(id));
  }

  @Operation(summary = "Choose a campaign's target audience among the audiences you see")
  @PutMapping("/api/v1/campaigns/{id}/target-audience")
  @PreAuthorize("hasAuthority('campaign.write')")
  CampaignTargetAudience choose(
      @PathVariable UUID id, @RequestBody CampaignTargetAudienceRequest request) {
    audiences.choose(id, request.audienceId());
    return CampaignTargetAudience.of(audiences.of(id));
  }
}
