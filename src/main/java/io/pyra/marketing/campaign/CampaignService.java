package io.pyra.marketing.campaign;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserSummary;
import io.pyra.marketing.channel.Channel;
import io.pyra.marketing.channel.Channels;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and moves campaigns for the signed-in user (their actual costs: {@link
 * CampaignCosts}): checks every field (a 422 naming each broken one, nothing written), who may see
 * and change the campaign, and the version the user read.
 */
@Service
@Transactional
public class CampaignService {

  public static final String RECORD_TYPE = "campaign";
  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 200;
  public static final int AUDIENCE_MAX = 500;
  private static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,39}";

  private final CampaignRepository campaigns;
  private final CampaignAccess access;
  private final Channels channels;
  private final IdentityApi identity;

  CampaignService(
      CampaignRepository campaigns,
      CampaignAccess access,
      Channels channels,
      IdentityApi identity) {
    this.campaigns = campaigns;
    this.access = access;
    this.channels = channels;
    this.identity = identity;
  }

  public Campaign create(SaveCampaign command) {
    if (!access.mayWrite()) {
      throw new AccessRefusedException("may not record campaigns");
    }
    List<RuleViolation> violations = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "campaign.code.required"));
    } else if (code.length() > CODE_MAX || !code.matches(CODE_PATTERN)) {
      violations.add(new RuleViolation("code", "pattern", "campaign.code.pattern", CODE_MAX));
    } else if (campaigns.existsByCodeIgnoreCase(code)) {
      violations.add(new RuleViolation("code", "unique", "campaign.code.unique", code));
    }
    CampaignDetails details = details(command, violations);
    UserSummary owner = access.owner(command.ownerId(), null, violations);
    UUID orgUnitId = access.orgUnit(command.orgUnitId(), null, owner, violations);
    refuse(violations);
    Campaign campaign =
        new Campaign(code, details, owner.id().value(), orgUnitId, access.me(), Instant.now());
    try {
      return campaigns.saveAndFlush(campaign);
    } catch (DataIntegrityViolationException taken) {
      throw new BusinessRuleException("code", "unique", "campaign.code.unique", code);
    }
  }

  /** Changes what the campaign is (not its code or status) against the version the user read. */
  public Campaign update(UUID id, long version, SaveCampaign command) {
    Campaign campaign = writable(id);
    if (campaign.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, campaign.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    CampaignDetails details = details(command, violations);
    UserSummary owner = access.owner(command.ownerId(), campaign.ownerId(), violations);
    UUID orgUnitId = access.orgUnit(command.orgUnitId(), campaign.orgUnitId(), owner, violations);
    refuse(violations);
    campaign.describe(details, Instant.now());
    campaign.assign(owner.id().value(), orgUnitId);
    return campaigns.saveAndFlush(campaign);
  }

  /**
   * Moves the campaign to another status; {@code version} (optional) is the one the user read. A
   * move its status does not allow is refused and changes nothing.
   */
  public Campaign move(UUID id, Long version, String status) {
    Campaign campaign = writable(id);
    if (version != null && campaign.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, campaign.version());
    }
    CampaignStatus target = status(status);
    if (campaign.moveTo(target, Instant.now())) {
      campaigns.saveAndFlush(campaign);
    }
    return campaign;
  }

  /** The campaign, when the current user may see it; otherwise not found. */
  @Transactional(readOnly = true)
  public Campaign get(UUID id) {
    Campaign campaign =
        campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    if (!access.sees(campaign)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return campaign;
  }

  /** The campaign, when the current user may change it (not found / refused otherwise). */
  @Transactional(readOnly = true)
  public Campaign writable(UUID id) {
    Campaign campaign = get(id);
    if (!access.changes(campaign)) {
      throw new AccessRefusedException("may not change campaign " + id);
    }
    return campaign;
  }

  @Transactional(readOnly = true)
  public boolean mayChange(UUID id) {
    return campaigns.findById(id).map(access::changes).orElse(false);
  }

  /** The status named by {@code code}; anything else is a 422 on {@code status}. */
  public static CampaignStatus status(String code) {
    if (code != null) {
      for (CampaignStatus s : CampaignStatus.values()) {
        if (s.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
          return s;
        }
      }
    }
    throw new BusinessRuleException("status", "one-of", "campaign.status.one-of");
  }

  private CampaignDetails details(SaveCampaign command, List<RuleViolation> violations) {
    String name = clean(command.name());
    if (name == null) {
      violations.add(new RuleViolation("name", "required", "campaign.name.required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(new RuleViolation("name", "size", "campaign.name.size", NAME_MAX));
    }
    UUID channelId = null;
    String channel = clean(command.channel());
    if (channel == null) {
      violations.add(new RuleViolation("channel", "required", "campaign.channel.required"));
    } else {
      Optional<Channel> found = channel(channel).filter(Channel::active);
      if (found.isEmpty()) {
        violations.add(new RuleViolation("channel", "not-found", "campaign.channel.unknown"));
      } else {
        channelId = found.get().id();
      }
    }
    BigDecimal budget = MoneyInput.amount("budgetAmount", command.budgetAmount(), violations);
    String currency = MoneyInput.currency("budgetCurrency", command.budgetCurrency(), violations);
    if (command.startsOn() == null) {
      violations.add(new RuleViolation("startsOn", "required", "campaign.startsOn.required"));
    } else if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
      violations.add(new RuleViolation("endsOn", "before-start", "campaign.endsOn.before-start"));
    }
    String audience = clean(command.audience());
    if (audience != null && audience.length() > AUDIENCE_MAX) {
      violations.add(new RuleViolation("audience", "size", "campaign.audience.size", AUDIENCE_MAX));
    }
    UUID audienceUnit = command.audienceOrgUnitId();
    if (audienceUnit != null && identity.orgUnit(new OrgUnitId(audienceUnit)).isEmpty()) {
      violations.add(
          new RuleViolation(
              "audienceOrgUnitId", "not-found", "campaign.audienceOrgUnit.not-found"));
    }
    return new CampaignDetails(
        name,
        channelId,
        budget,
        currency,
        command.startsOn(),
        command.endsOn(),
        audience,
        audienceUnit);
  }

  private Optional<Channel> channel(String reference) {
    try {
      return channels.find(UUID.fromString(reference));
    } catch (IllegalArgumentException notAnId) {
      return channels.byCode(reference);
    }
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
