package io.pyra.identity;

/**
 * An org unit as other modules see it; {@code path} lists the ids from the root, for subtree
 * checks.
 */
public record OrgUnitSummary(
    OrgUnitId id, OrgUnitId parentId, String code, String name, String path) {

  public boolean within(String ancestorPath) {
    return path.startsWith(ancestorPath);
  }
}
