package io.pyra.interaction.policy;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * For one role: at most {@code maxReturnVisits} return visits to one customer within {@code
 * periodDays} days.
 */
@Entity
@Table(name = "interaction_follow_up_policy")
public class FollowUpPolicy {

  @Id private UUID id;

  @Column(name = "role_id")
  private UUID roleId;

  @Column(name = "max_return_visits")
  private int maxReturnVisits;

  @Column(name = "period_days")
  private int periodDays;

  @Version private Long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected FollowUpPolicy() {}

  FollowUpPolicy(UUID roleId) {
    this.id = Ids.newId();
    this.roleId = roleId;
  }

  void limit(int maxReturnVisits, int periodDays) {
    this.maxReturnVisits = maxReturnVisits;
    this.periodDays = periodDays;
    this.updatedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public UUID roleId() {
    return roleId;
  }

  public int maxReturnVisits() {
    return maxReturnVisits;
  }

  public int periodDays() {
    return periodDays;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
