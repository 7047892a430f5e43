package io.pyra.identity.orgunit;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.Visibility;
import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A node of the organization tree. {@code path} lists the ids from the root down to this unit
 * ({@code /root/…/this/}), so a subtree is one prefix match.
 */
@Entity
@Table(name = "identity_org_unit")
public class OrgUnit {

  @Id private UUID id;

  @Column(name = "parent_id")
  private UUID parentId;

  @Enumerated(EnumType.STRING)
  private OrgUnitKind kind;

  private String code;
  private String name;

  @Column(name = "time_zone")
  private String timeZone;

  /** ISO 3166 alpha-2 of the unit's phone numbering plan; null: as the parent unit. */
  private String region;

  private String path;

  @Version
  private Long version; // null until first saved, so Spring Data persists rather than merges

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected OrgUnit() {}

  public OrgUnit(OrgUnit parent, OrgUnitKind kind, String code, String name, ZoneId timeZone) {
    this(parent, kind, code, name, timeZone, null);
  }

  public OrgUnit(
      OrgUnit parent, OrgUnitKind kind, String code, String name, ZoneId timeZone, String region) {
    this.id = Ids.newId();
    this.region = region;
    this.kind = kind;
    this.code = code;
    this.name = name;
    this.timeZone = timeZone.getId();
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
    placeUnder(parent);
  }

  public void rename(OrgUnitKind kind, String code, String name, ZoneId timeZone) {
    rename(kind, code, name, timeZone, region);
  }

  public void rename(OrgUnitKind kind, String code, String name, ZoneId timeZone, String region) {
    this.region = region;
    this.kind = kind;
    this.code = code;
    this.name = name;
    this.timeZone = timeZone.getId();
    this.updatedAt = Instant.now();
  }

  /** Moves this unit; the caller re-bases the descendants' paths with {@link #rebase}. */
  public void placeUnder(OrgUnit parent) {
    this.parentId = parent == null ? null : parent.id;
    this.path = (parent == null ? "/" : parent.path) + id + "/";
    this.updatedAt = Instant.now();
  }

  void rebase(String oldPrefix, String newPrefix) {
    this.path = newPrefix + path.substring(oldPrefix.length());
  }

  public boolean isAncestorOf(OrgUnit other) {
    return other.path.startsWith(path) && !other.id.equals(id);
  }

  /** Whether a permission granted at the given reach covers this unit. */
  public boolean within(Visibility visibility) {
    return visibility.includesUnit(new OrgUnitId(id), path);
  }

  public UUID id() {
    return id;
  }

  public UUID parentId() {
    return parentId;
  }

  public OrgUnitKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  /** The unit's own region (ISO 3166 alpha-2), or null when it takes its parent's. */
  public String region() {
    return region;
  }

  public String path() {
    return path;
  }

  public int depth() {
    return (int) path.chars().filter(c -> c == '/').count() - 2;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
