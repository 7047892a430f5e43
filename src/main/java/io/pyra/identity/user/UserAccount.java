package io.pyra.identity.user;

import io.pyra.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A member of staff who signs in to Pyra. */
@Entity
@Table(name = "identity_user")
public class UserAccount {

  @Id private UUID id;
  private String username;

  @Column(name = "display_name")
  private String displayName;

  private String email;
  private String phone;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Column(name = "supervisor_id")
  private UUID supervisorId;

  private String locale;
  private boolean active;

  @Column(name = "email_reminders")
  private boolean emailReminders;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_id")
  private Set<UUID> roleIds = new HashSet<>();

  @Version
  private Long version; // null until first saved, so Spring Data persists rather than merges

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash) {
    this.id = Ids.newId();
    this.username = username;
    this.passwordHash = passwordHash;
    this.passwordChangedAt = Instant.now();
    this.active = true;
    this.locale = "en";
    this.createdAt = passwordChangedAt;
    this.updatedAt = createdAt;
  }

  public void describe(
      String displayName,
      String email,
      String phone,
      UUID orgUnitId,
      UUID supervisorId,
      String locale) {
    this.displayName = displayName;
    this.email = email;
    this.phone = phone;
    this.orgUnitId = orgUnitId;
    this.supervisorId = supervisorId;
    this.locale = locale;
    this.updatedAt = Instant.now();
  }

  public void assignRoles(Set<UUID> roleIds) {
    this.roleIds.clear();
    this.roleIds.addAll(roleIds);
    this.updatedAt = Instant.now();
  }

  public void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
    this.passwordChangedAt = Instant.now();
    this.updatedAt = passwordChangedAt;
  }

  public void preferLocale(String locale) {
    this.locale = locale;
    this.updatedAt = Instant.now();
  }

  /** Whether task reminders also come by email (they always appear in the notification list). */
  public void chooseEmailReminders(boolean emailReminders) {
    this.emailReminders = emailReminders;
    this.updatedAt = Instant.now();
  }

  public void activate(boolean active) {
    this.active = active;
    this.updatedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public UUID supervisorId() {
    return supervisorId;
  }

  public String locale() {
    return locale;
  }

  public boolean active() {
    return active;
  }

  public boolean emailReminders() {
    return emailReminders;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<UUID> roleIds() {
    return Set.copyOf(roleIds);
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
