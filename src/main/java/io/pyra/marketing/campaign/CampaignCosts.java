package io.pyra.marketing.campaign;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and removes the actual costs of a campaign the signed-in user may change: each checked (a
 * 422 naming every broken field, nothing written) and counted under a lock on the campaign's row,
 * so that two entries at once cannot pass {@link Campaign#MAX_COSTS}.
 */
@Service
@Transactional
public class CampaignCosts {

  public static final int NOTE_MAX = 300;

  private final CampaignRepository campaigns;
  private final CampaignService service;
  private final CampaignAccess access;

  CampaignCosts(CampaignRepository campaigns, CampaignService service, CampaignAccess access) {
    this.campaigns = campaigns;
    this.service = service;
    this.access = access;
  }

  /** Records an actual cost of the campaign (at most {@link Campaign#MAX_COSTS}). */
  public CampaignCost spend(UUID id, RecordCost command) {
    Campaign campaign = locked(id);
    List<RuleViolation> violations = new ArrayList<>();
    if (command.spentOn() == null) {
      violations.add(new RuleViolation("spentOn", "required", "campaign.cost.spentOn.required"));
    }
    BigDecimal amount = MoneyInput.amount("amount", command.amount(), violations);
    String currency = MoneyInput.currency("currency", command.currency(), violations);
    String note =
        command.note() == null || command.note().isBlank() ? null : command.note().strip();
    if (note != null && note.length() > NOTE_MAX) {
      violations.add(new RuleViolation("note", "size", "campaign.cost.note.size", NOTE_MAX));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    CampaignCost cost =
        campaign.spend(command.spentOn(), amount, currency, note, access.me(), Instant.now());
    campaigns.saveAndFlush(campaign);
    return cost;
  }

  /** Removes one actual cost of the campaign. */
  public void removeCost(UUID id, UUID costId) {
    Campaign campaign = locked(id);
    campaign
        .removeCost(costId)
        .orElseThrow(() -> new RecordNotFoundException("campaign cost", costId));
    campaigns.saveAndFlush(campaign);
  }

  /** The campaign, when the current user may change it, with its row locked. */
  private Campaign locked(UUID id) {
    service.writable(id);
    return campaigns
        .findLocked(id)
        .orElseThrow(() -> new RecordNotFoundException(CampaignService.RECORD_TYPE, id));
  }
}
