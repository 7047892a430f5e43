package io.pyra.identity;

import io.pyra.platform.query.ColumnCondition;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.QueryPart;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * How far one user's permission reaches, and the one place where that reach is decided: at scope
 * {@code OWN} the records owned by {@code userId}; {@code ORG_UNIT} those of {@code orgUnitId};
 * {@code SUBTREE} those of any unit whose path starts with {@code orgUnitPath} (the user's unit and
 * the units below it); {@code ALL} all. {@code scope} is {@code null} when the permission is not
 * granted at all. Every module asks {@link #allows} for one record (for an org unit itself {@link
 * #includesUnit}) and filters its statements with {@link #condition}; none spells the rule out
 * itself.
 */
public final class Visibility {

  private static final Visibility NONE = new Visibility(null, null, null, null);

  private static final String OWNED_BY = ColumnCondition.COLUMN + " = :visOwner";
  private static final String IN_UNIT = ColumnCondition.COLUMN + " = :visUnit";
  // paths are ids and "/": the escape changes nothing in them, and the closing "/" keeps out a
  // sibling whose id starts alike
  private static final String IN_SUBTREE =
      ColumnCondition.COLUMN
          + " in (select below.id from identity_org_unit below where below.path like :visSubtree "
          + Like.ESCAPE
          + ")";
  static final String IN_UNIT_SUBTREE =
      ColumnCondition.COLUMN
          + " in (select below.id from identity_org_unit below where below.path like :unitSubtree "
          + Like.ESCAPE
          + ")";

  private final Scope scope;
  private final UUID userId;
  private final UUID orgUnitId;
  private final String orgUnitPath;
  private final Function<UUID, Optional<String>> orgUnitPaths;

  /**
   * A reach without a way to look org units up: {@link #allows(UUID, UUID)} at {@code SUBTREE}
   * needs one (see {@link #withOrgUnitPaths}); the visibilities that identity hands out have it.
   */
  public Visibility(Scope scope, UUID userId, UUID orgUnitId, String orgUnitPath) {
    this(scope, userId, orgUnitId, orgUnitPath, Visibility::noTree);
  }

  Visibility(
      Scope scope,
      UUID userId,
      UUID orgUnitId,
      String orgUnitPath,
      Function<UUID, Optional<String>> orgUnitPaths) {
    this.scope = scope;
    this.userId = userId;
    this.orgUnitId = orgUnitId;
    this.orgUnitPath = orgUnitPath;
    this.orgUnitPaths = Objects.requireNonNull(orgUnitPaths);
  }

  /** The reach of a permission that is not granted: nothing. */
  public static Visibility none() {
    return NONE;
  }

  public Scope scope() {
    return scope;
  }

  public UUID userId() {
    return userId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public String orgUnitPath() {
    return orgUnitPath;
  }

  public boolean granted() {
    return scope != null;
  }

  /**
   * The reach as a condition on the caller's statement, whose rows name their owner in {@code
   * ownerColumn} and their org unit in {@code orgUnitColumn} (constants such as {@code
   * "c.owner_id"}; a record without owner passes the column that counts as its owner at {@code
   * OWN}, e.g. {@code "u.id"} for users themselves). Not granted is {@link QueryPart#NEVER}, {@code
   * ALL} is {@link QueryPart#ALWAYS}; {@code SUBTREE} selects the units below by path in identity's
   * table.
   *
   * <p>The parameter names are made of the scope and the column, so conditions on other columns, or
   * of the same user's other permissions, can share a statement; two users' reach on the same
   * columns cannot (the query kit refuses a name bound to two values).
   */
  public QueryPart condition(String ownerColumn, String orgUnitColumn) {
    if (scope == null) {
      return QueryPart.NEVER;
    }
    return switch (scope) {
      case ALL -> QueryPart.ALWAYS;
      case OWN -> ColumnCondition.on(ownerColumn, QueryPart.of(OWNED_BY, "visOwner", userId));
      case ORG_UNIT ->
          ColumnCondition.on(orgUnitColumn, QueryPart.of(IN_UNIT, "visUnit", orgUnitId));
      case SUBTREE ->
          orgUnitPath == null
              ? QueryPart.NEVER
              : ColumnCondition.on(
                  orgUnitColumn,
                  QueryPart.of(IN_SUBTREE, "visSubtree", Like.startsWith(orgUnitPath)));
    };
  }

  /**
   * The same reach, looking org units' paths up through {@code orgUnitPaths} (e.g. a map loaded
   * once for a batch of checks).
   */
  public Visibility withOrgUnitPaths(Function<UUID, Optional<String>> orgUnitPaths) {
    return new Visibility(scope, userId, orgUnitId, orgUnitPath, orgUnitPaths);
  }

  /**
   * Whether the reach covers a record owned by {@code ownerId} in org unit {@code orgUnitId}; at
   * {@code SUBTREE} the unit's path is looked up (only then).
   */
  public boolean allows(UUID ownerId, UUID orgUnitId) {
    if (scope == Scope.SUBTREE) {
      String path = orgUnitId == null ? null : orgUnitPaths.apply(orgUnitId).orElse(null);
      return inSubtree(path);
    }
    return allows(ownerId, orgUnitId, null);
  }

  /**
   * Whether the reach covers a record owned by {@code ownerId} in org unit {@code orgUnitId} whose
   * path ({@code /root/…/unit/}) is {@code orgUnitPath}, when the caller has read that path
   * already.
   */
  public boolean allows(UUID ownerId, UUID orgUnitId, String orgUnitPath) {
    if (scope == null) {
      return false;
    }
    return switch (scope) {
      case ALL -> true;
      case SUBTREE -> inSubtree(orgUnitPath);
      case ORG_UNIT -> orgUnitId != null && orgUnitId.equals(this.orgUnitId);
      case OWN -> ownerId != null && ownerId.equals(userId);
    };
  }

  /**
   * Whether the reach covers the org unit itself (to see it, choose it, report on it or place
   * someone in it): at {@code OWN} as at {@code ORG_UNIT} that is the user's own unit.
   */
  public boolean includesUnit(UUID orgUnitId, String orgUnitPath) {
    if (scope == null) {
      return false;
    }
    return switch (scope) {
      case ALL -> true;
      case SUBTREE -> inSubtree(orgUnitPath);
      case ORG_UNIT, OWN -> orgUnitId != null && orgUnitId.equals(this.orgUnitId);
    };
  }

  // paths end with "/", so the prefix of a unit never matches a sibling whose id starts alike
  private boolean inSubtree(String path) {
    return path != null && orgUnitPath != null && path.startsWith(orgUnitPath);
  }

  private static Optional<String> noTree(UUID orgUnitId) {
    throw new IllegalStateException(
        "this visibility cannot look up org units; use allows(owner, unit, path)");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Visibility v
        && scope == v.scope
        && Objects.equals(userId, v.userId)
        && Objects.equals(orgUnitId, v.orgUnitId)
        && Objects.equals(orgUnitPath, v.orgUnitPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, userId, orgUnitId, orgUnitPath);
  }

  @Override
  public String toString() {
    return "Visibility[" + scope + ", user " + userId + ", unit " + orgUnitId + "]";
  }
}
