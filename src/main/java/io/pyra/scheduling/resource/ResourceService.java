package io.pyra.scheduling.resource;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.CatalogueItemId;
import io.pyra.sales.SalesApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes, deactivates and reactivates resources for the signed-in user: checks every field
 * (a 422 naming each broken one, nothing written), that the centre is one they manage, an
 * instructor's user and courses, and the version the user read.
 */
@Service
@Transactional
public class ResourceService {

  public static final String RECORD_TYPE = "resource";
  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 200;
  public static final int EQUIPMENT_MAX = 500;
  public static final int SKILLS_MAX = 500;
  public static final int NOTE_MAX = 1000;
  public static final int CAPACITY_MAX = 10_000;
  public static final int COURSES_MAX = 100;
  private static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,39}";

  private final ResourceRepository resources;
  private final ResourceAccess access;
  private final IdentityApi identity;
  private final SalesApi sales;

  ResourceService(
      ResourceRepository resources, ResourceAccess access, IdentityApi identity, SalesApi sales) {
    this.resources = resources;
    this.access = access;
    this.identity = identity;
    this.sales = sales;
  }

  public Resource create(SaveResource command) {
    if (!access.mayManage()) {
      throw new AccessRefusedException("may not add resources");
    }
    List<RuleViolation> violations = new ArrayList<>();
    ResourceKind kind = kind(command.kind(), violations);
    String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "resource.code.required"));
    } else if (code.length() > CODE_MAX || !code.matches(CODE_PATTERN)) {
      violations.add(new RuleViolation("code", "pattern", "resource.code.pattern", CODE_MAX));
    } else if (resources.existsByCodeIgnoreCase(code)) {
      violations.add(new RuleViolation("code", "unique", "resource.code.unique", code));
    }
    ResourceDetails details = details(kind, null, command, violations);
    refuse(violations);
    try {
      return resources.saveAndFlush(new Resource(kind, code, details, Instant.now()));
    } catch (DataIntegrityViolationException taken) {
      throw new BusinessRuleException("code", "unique", "resource.code.unique", code);
    }
  }

  /** Changes what the resource is (not its kind or code) against the version the user read. */
  public Resource update(UUID id, long version, SaveResource command) {
    Resource resource = writable(id);
    stale(resource, version);
    List<RuleViolation> violations = new ArrayList<>();
    ResourceDetails details = details(resource.kind(), resource.id(), command, violations);
    refuse(violations);
    resource.describe(details, Instant.now());
    return resources.saveAndFlush(resource);
  }

  /**
   * Takes the resource out of use ({@code active} false: nothing books it any more) or back into
   * use; {@code version} (optional) is the one the user read.
   */
  public Resource activate(UUID id, Long version, boolean active) {
    Resource resource = writable(id);
    if (version != null) {
      stale(resource, version);
    }
    if (resource.activate(active, Instant.now())) {
      resources.saveAndFlush(resource);
    }
    return resource;
  }

  /** The resource, when the current user may see it; otherwise not found. */
  @Transactional(readOnly = true)
  public Resource get(UUID id) {
    Resource resource =
        resources.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    if (!access.sees(resource)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return resource;
  }

  /** The resource, when the current user may change it (not found / refused otherwise). */
  @Transactional(readOnly = true)
  public Resource writable(UUID id) {
    Resource resource = get(id);
    if (!access.manages(resource.orgUnitId())) {
      throw new AccessRefusedException("may not change resource " + id);
    }
    return resource;
  }

  @Transactional(readOnly = true)
  public boolean mayChange(UUID id) {
    return resources.findById(id).map(r -> access.manages(r.orgUnitId())).orElse(false);
  }

  /** The kind named by {@code code}; anything else is a 422 on {@code kind}. */
  public static ResourceKind kind(String code) {
    List<RuleViolation> violations = new ArrayList<>();
    ResourceKind kind = kind(code, violations);
    refuse(violations);
    return kind;
  }

  private static ResourceKind kind(String code, List<RuleViolation> violations) {
    if (code != null) {
      for (ResourceKind k : ResourceKind.values()) {
        if (k.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
          return k;
        }
      }
    }
    violations.add(new RuleViolation("kind", "one-of", "resource.kind.one-of"));
    return null;
  }

  private ResourceDetails details(
      ResourceKind kind, UUID self, SaveResource command, List<RuleViolation> violations) {
    String name = text(command.name(), "name", NAME_MAX, violations);
    if (name == null) {
      violations.add(new RuleViolation("name", "required", "resource.name.required"));
    }
    OrgUnitSummary centre = centre(command.orgUnitId(), violations);
    Integer capacity = command.capacity();
    if (kind != null && kind.counted()) {
      if (capacity == null) {
        violations.add(new RuleViolation("capacity", "required", "resource.capacity.required"));
      } else if (capacity < 1 || capacity > CAPACITY_MAX) {
        violations.add(
            new RuleViolation("capacity", "range", "resource.capacity.range", CAPACITY_MAX));
      }
    }
    String equipment = text(command.equipment(), "equipment", EQUIPMENT_MAX, violations);
    String skills = text(command.skills(), "skills", SKILLS_MAX, violations);
    String note = text(command.note(), "note", NOTE_MAX, violations);
    UUID userId = null;
    List<UUID> courses = List.of();
    if (kind == ResourceKind.INSTRUCTOR) {
      userId = instructor(command.userId(), self, centre, violations);
      courses = courses(command.courseIds(), violations);
    }
    return new ResourceDetails(
        name,
        centre == null ? null : centre.id().value(),
        capacity,
        equipment,
        userId,
        skills,
        note,
        courses);
  }

  private OrgUnitSummary centre(UUID orgUnitId, List<RuleViolation> violations) {
    if (orgUnitId == null) {
      violations.add(new RuleViolation("orgUnitId", "required", "resource.orgUnit.required"));
      return null;
    }
    Optional<OrgUnitSummary> unit = identity.orgUnit(new OrgUnitId(orgUnitId));
    if (unit.isEmpty()) {
      violations.add(new RuleViolation("orgUnitId", "not-found", "resource.orgUnit.not-found"));
      return null;
    }
    if (!access.manages(orgUnitId)) {
      violations.add(new RuleViolation("orgUnitId", "not-allowed", "resource.orgUnit.not-allowed"));
      return null;
    }
    return unit.get();
  }

  /** An instructor is an active user of the centre's subtree, with one resource at most. */
  private UUID instructor(
      UUID userId, UUID self, OrgUnitSummary centre, List<RuleViolation> violations) {
    if (userId == null) {
      violations.add(new RuleViolation("userId", "required", "resource.user.required"));
      return null;
    }
    Optional<UserSummary> user = identity.user(new UserId(userId));
    if (user.isEmpty() || !user.get().active()) {
      violations.add(new RuleViolation("userId", "not-found", "resource.user.not-found"));
      return null;
    }
    if (centre != null) {
      String path = identity.orgUnitPath(user.get().orgUnitId()).orElse("");
      if (!path.startsWith(centre.path())) {
        violations.add(new RuleViolation("userId", "centre", "resource.user.centre"));
        return null;
      }
    }
    boolean taken =
        self == null
            ? resources.existsByUserId(userId)
            : resources.existsByUserIdAndIdNot(userId, self);
    if (taken) {
      violations.add(new RuleViolation("userId", "unique", "resource.user.unique"));
      return null;
    }
    return userId;
  }

  private List<UUID> courses(List<UUID> ids, List<RuleViolation> violations) {
    if (ids == null) {
      return List.of();
    }
    if (ids.size() > COURSES_MAX) {
      violations.add(
          new RuleViolation("courseIds", "max-count", "resource.courses.max-count", COURSES_MAX));
      return List.of();
    }
    Set<UUID> courses = new LinkedHashSet<>();
    for (UUID id : ids) {
      Optional<CatalogueItem> item =
          id == null ? Optional.empty() : sales.catalogueItem(new CatalogueItemId(id));
      if (item.isEmpty() || item.get().category()) {
        violations.add(new RuleViolation("courseIds", "not-found", "resource.courses.not-found"));
        return List.of();
      }
      courses.add(id);
    }
    return List.copyOf(courses);
  }

  private static String text(String value, String field, int max, List<RuleViolation> violations) {
    String clean = value == null || value.isBlank() ? null : value.strip();
    if (clean != null && clean.length() > max) {
      violations.add(new RuleViolation(field, "size", "resource." + field + ".size", max));
    }
    return clean;
  }

  private static void stale(Resource resource, long version) {
    if (resource.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, resource.version());
    }
  }

  private static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
