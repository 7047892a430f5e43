package io.pyra.identity.orgunit;

import io.pyra.identity.OrgUnitDeletionGuard;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.Visibility;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the organization tree: one root company, units below it, no cycles, no orphans. */
@Service
@Transactional
public class OrgUnitService {

  private final OrgUnitRepository units;
  private final JdbcClient jdbc;
  private final List<OrgUnitDeletionGuard> deletionGuards;
  private final OrgUnitRegions regions;

  OrgUnitService(
      OrgUnitRepository units,
      JdbcClient jdbc,
      List<OrgUnitDeletionGuard> deletionGuards,
      OrgUnitRegions regions) {
    this.regions = regions;
    this.units = units;
    this.jdbc = jdbc;
    this.deletionGuards = List.copyOf(deletionGuards);
  }

  @Transactional(readOnly = true)
  public List<OrgUnit> tree() {
    return units.findAllInTreeOrder();
  }

  @Transactional(readOnly = true)
  public OrgUnit get(UUID id) {
    return units.findById(id).orElseThrow(() -> new RecordNotFoundException("org-unit", id));
  }

  @Transactional(readOnly = true)
  public Optional<OrgUnit> find(UUID id) {
    return id == null ? Optional.empty() : units.findById(id);
  }

  /**
   * The units a permission at this reach lets its holder see, in tree order: all of them, a
   * subtree, or the holder's own unit ({@code OWN} reaches no further than {@code ORG_UNIT}).
   */
  @Transactional(readOnly = true)
  public List<OrgUnit> visibleTree(Visibility visibility) {
    if (!visibility.granted()) {
      return List.of();
    }
    return units.findAllInTreeOrder().stream().filter(unit -> unit.within(visibility)).toList();
  }

  /** How many users (active or not) belong to each unit that has any. */
  @Transactional(readOnly = true)
  public Map<UUID, Long> memberCounts() {
    return jdbc
        .sql("select org_unit_id, count(*) from identity_user group by org_unit_id")
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Transactional(readOnly = true)
  public List<OrgUnit> subtree(UUID rootId) {
    return units.findSubtree(get(rootId).path());
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return units.count() == 0;
  }

  public OrgUnit create(SaveOrgUnit command) {
    List<RuleViolation> violations = new ArrayList<>();
    ZoneId zone = validate(command, null, violations);
    String region = region(command.region(), violations);
    OrgUnit parent =
        command.parentId() == null ? null : units.findById(command.parentId()).orElse(null);
    if (command.parentId() == null && units.count() > 0) {
      violations.add(new RuleViolation("parentId", "required", "orgunit.parent.required"));
    }
    throwIfAny(violations);
    regions.forget();
    return units.saveAndFlush(
        new OrgUnit(
            parent,
            command.kind(),
            normalizeCode(command.code()),
            command.name().strip(),
            zone,
            region));
  }

  public OrgUnit update(UUID id, SaveOrgUnit command) {
    OrgUnit unit = get(id);
    if (command.version() != null && command.version() != unit.version()) {
      throw new StaleVersionException("org-unit", command.version(), unit.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    ZoneId zone = validate(command, unit, violations);
    String region = region(command.region(), violations);
    OrgUnit newParent = null;
    if (command.parentId() == null) {
      if (unit.parentId() != null) {
        violations.add(new RuleViolation("parentId", "required", "orgunit.parent.required"));
      }
    } else if (!command.parentId().equals(unit.parentId())) {
      newParent = units.findById(command.parentId()).orElse(null);
      if (newParent != null && (newParent.id().equals(unit.id()) || unit.isAncestorOf(newParent))) {
        violations.add(new RuleViolation("parentId", "cycle", "orgunit.parent.cycle"));
      }
    }
    throwIfAny(violations);
    regions.forget();
    unit.rename(
        command.kind(), normalizeCode(command.code()), command.name().strip(), zone, region);
    if (newParent != null) {
      move(unit, newParent);
    }
    return unit;
  }

  public void delete(UUID id, Long version) {
    OrgUnit unit = get(id);
    if (version != null && version != unit.version()) {
      throw new StaleVersionException("org-unit", version, unit.version());
    }
    if (units.existsByParentId(id)) {
      throw new BusinessRuleException(
          null, "has-children", "orgunit.delete.has-children", unit.name());
    }
    long members =
        jdbc.sql("select count(*) from identity_user where org_unit_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    if (members > 0) {
      throw new BusinessRuleException(
          null, "has-users", "orgunit.delete.has-users", unit.name(), members);
    }
    OrgUnitSummary summary =
        new OrgUnitSummary(
            new OrgUnitId(unit.id()),
            OrgUnitId.ofNullable(unit.parentId()),
            unit.code(),
            unit.name(),
            unit.path());
    List<RuleViolation> refusals =
        deletionGuards.stream()
            .map(guard -> guard.refuseDeleting(summary))
            .flatMap(Optional::stream)
            .toList();
    if (!refusals.isEmpty()) {
      throw new BusinessRuleException(refusals);
    }
    units.delete(unit);
  }

  private void move(OrgUnit unit, OrgUnit newParent) {
    String oldPrefix = unit.path();
    List<OrgUnit> descendants = units.findSubtree(oldPrefix);
    unit.placeUnder(newParent);
    for (OrgUnit descendant : descendants) {
      if (!descendant.id().equals(unit.id())) {
        descendant.rebase(oldPrefix, unit.path());
      }
    }
  }

  private ZoneId validate(SaveOrgUnit command, OrgUnit existing, List<RuleViolation> violations) {
    if (command.kind() == null) {
      violations.add(new RuleViolation("kind", "required", "validation.required", "kind"));
    }
    if (command.name() == null || command.name().isBlank()) {
      violations.add(new RuleViolation("name", "required", "validation.required", "name"));
    } else if (command.name().strip().length() > 200) {
      violations.add(new RuleViolation("name", "size", "validation.size", "name", 1, 200));
    }
    String code = normalizeCode(command.code());
    if (code == null || code.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "validation.required", "code"));
    } else if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
      violations.add(new RuleViolation("code", "pattern", "orgunit.code.pattern"));
    } else {
      units
          .findByCodeIgnoreCase(code)
          .filter(other -> existing == null || !other.id().equals(existing.id()))
          .ifPresent(
              other ->
                  violations.add(new RuleViolation("code", "unique", "orgunit.code.unique", code)));
    }
    if (command.parentId() != null && !units.existsById(command.parentId())) {
      violations.add(new RuleViolation("parentId", "exists", "orgunit.parent.unknown"));
    }
    try {
      if (command.timeZone() == null || command.timeZone().isBlank()) {
        violations.add(
            new RuleViolation("timeZone", "required", "validation.required", "timeZone"));
        return null;
      }
      return ZoneId.of(command.timeZone().strip());
    } catch (DateTimeException e) {
      violations.add(
          new RuleViolation(
              "timeZone", "time-zone", "orgunit.timezone.unknown", command.timeZone()));
      return null;
    }
  }

  /**
   * The region of the command in upper case, null when left empty; a violation naming the field
   * when it is not a two-letter country code.
   */
  private static String region(String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String region = text.strip().toUpperCase(Locale.ROOT);
    if (!OrgUnitRegions.isCountry(region)) {
      violations.add(
          new RuleViolation("region", "country", "orgunit.region.country", text.strip()));
      return null;
    }
    return region;
  }

  /** The region a unit's users read phone numbers in: its own, else its nearest ancestor's. */
  @Transactional(readOnly = true)
  public String effectiveRegion(OrgUnit unit) {
    return regions.of(unit.id());
  }

  private static String normalizeCode(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }

  private static void throwIfAny(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
