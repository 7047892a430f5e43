package io.pyra.interaction.value;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up rule: for the customers of one value tier, or of one ABC grade, the most days without
 * a contact record before their owner is given a task, due {@code dueInDays} after the job. Checked
 * by {@link FollowUpRules} before it is stored; its changes are in the audit log like every
 * entity's.
 */
@Entity
@Table(name = "interaction_follow_up_rule")
public class FollowUpRule {

  @Id private UUID id;

  private String tier;

  private String grade;

  @Column(name = "max_days")
  private int maxDays;

  @Column(name = "due_in_days")
  private int dueInDays;

  private boolean active;

  private String note;

  @Version private Long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected FollowUpRule() {}

  FollowUpRule(String tier, String grade) {
    this.id = Ids.newId();
    this.tier = tier;
    this.grade = grade;
  }

  void change(String tier, String grade, int maxDays, int dueInDays, boolean active, String note) {
    this.tier = tier;
    this.grade = grade;
    this.maxDays = maxDays;
    this.dueInDays = dueInDays;
    this.active = active;
    this.note = note;
    this.updatedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  /** TOP, HIGH, MIDDLE or LOW; {@code null} for a rule by grade. */
  public String tier() {
    return tier;
  }

  /** A, B or C; {@code null} for a rule by tier. */
  public String grade() {
    return grade;
  }

  /** The tier or the grade the rule is for. */
  public String target() {
    return tier != null ? tier : grade;
  }

  public int maxDays() {
    return maxDays;
  }

  public int dueInDays() {
    return dueInDays;
  }

  public boolean active() {
    return active;
  }

  public String note() {
    return note;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
