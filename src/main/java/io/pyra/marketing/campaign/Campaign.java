package io.pyra.marketing.campaign;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * A marketing campaign: a code, a name, the channel it runs on, a budget, its dates, whom it aims
 * at, an owner and an org unit (who reaches it), a status that moves only as {@link CampaignStatus}
 * allows, and its actual costs (at most {@link #MAX_COSTS}). Recording or removing a cost does not
 * change the campaign's version: a form open on the campaign stays current.
 */
@Entity
@Table(name = "marketing_campaign")
public class Campaign {

  /** The most cost entries one campaign keeps. */
  public static final int MAX_COSTS = 500;

  @Id private UUID id;

  private String code;

  private String name;

  @Column(name = "channel_id")
  private UUID channelId;

  @Column(name = "budget_amount")
  private BigDecimal budgetAmount;

  @Column(name = "budget_currency")
  private String budgetCurrency;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  private String audience;

  @Column(name = "audience_org_unit_id")
  private UUID audienceOrgUnitId;

  @Column(name = "owner_id")
  private UUID ownerId;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Enumerated(EnumType.STRING)
  private CampaignStatus status;

  @Column(name = "created_by")
  private UUID createdBy;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
  @OptimisticLock(excluded = true)
  private List<CampaignCost> costs = new ArrayList<>();

  protected Campaign() {}

  /** A new campaign, PLANNED, owned by {@code ownerId} in {@code orgUnitId}. */
  Campaign(
      String code,
      CampaignDetails details,
      UUID ownerId,
      UUID orgUnitId,
      UUID createdBy,
      Instant now) {
    this.id = Ids.newId();
    this.code = code;
    this.status = CampaignStatus.PLANNED;
    this.createdBy = createdBy;
    this.createdAt = now;
    describe(details, now);
    assign(ownerId, orgUnitId);
  }

  /** Changes what the campaign is; the dates must hold (the end not before the start). */
  void describe(CampaignDetails details, Instant now) {
    if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
      throw new BusinessRuleException("endsOn", "before-start", "campaign.endsOn.before-start");
    }
    this.name = details.name();
    this.channelId = details.channelId();
    this.budgetAmount = details.budgetAmount();
    this.budgetCurrency = details.budgetCurrency();
    this.startsOn = details.startsOn();
    this.endsOn = details.endsOn();
    this.audience = details.audience();
    this.audienceOrgUnitId = details.audienceOrgUnitId();
    this.updatedAt = now;
  }

  /** Gives the campaign to an owner, in an org unit. */
  void assign(UUID ownerId, UUID orgUnitId) {
    this.ownerId = ownerId;
    this.orgUnitId = orgUnitId;
  }

  /**
   * Moves the campaign to {@code target}; a move its status does not allow is refused and changes
   * nothing. Answers whether it moved (false when it already stands there).
   */
  boolean moveTo(CampaignStatus target, Instant now) {
    if (target == status) {
      return false;
    }
    if (!status.allows(target)) {
      throw new BusinessRuleException(
          "status", "transition", "campaign.status.transition", status.name(), target.name());
    }
    this.status = target;
    this.updatedAt = now;
    return true;
  }

  /** Records an actual cost; refused once the campaign holds {@link #MAX_COSTS} of them. */
  CampaignCost spend(
      LocalDate spentOn, BigDecimal amount, String currency, String note, UUID by, Instant now) {
    if (costs.size() >= MAX_COSTS) {
      throw new BusinessRuleException("costs", "max-count", "campaign.costs.max-count", MAX_COSTS);
    }
    CampaignCost cost = new CampaignCost(spentOn, amount, currency, note, by, now);
    costs.add(cost);
    return cost;
  }

  /** Removes one of its costs; answers it, or empty when the campaign has none with this id. */
  Optional<CampaignCost> removeCost(UUID costId) {
    Optional<CampaignCost> found = costs.stream().filter(c -> c.id().equals(costId)).findFirst();
    found.ifPresent(costs::remove);
    return found;
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UUID channelId() {
    return channelId;
  }

  public BigDecimal budgetAmount() {
    return budgetAmount;
  }

  public String budgetCurrency() {
    return budgetCurrency;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String audience() {
    return audience;
  }

  public UUID audienceOrgUnitId() {
    return audienceOrgUnitId;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public CampaignStatus status() {
    return status;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public List<CampaignCost> costs() {
    return List.copyOf(costs);
  }
}
