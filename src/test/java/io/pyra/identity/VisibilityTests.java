package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.query.QueryPart;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one visibility rule, in memory and as a query condition: each scope, not granted, and the
 * subtree's boundary.
 */
class VisibilityTests {

  // a tree as OrgUnit builds its paths: /root/…/unit/
  private static final UUID ROOT = UUID.fromString("00000000-0000-7000-8000-000000000001");
  private static final UUID NORTH = UUID.fromString("00000000-0000-7000-8000-000000000002");
  private static final UUID NORTH_TEAM = UUID.fromString("00000000-0000-7000-8000-000000000003");
  private static final UUID SOUTH = UUID.fromString("00000000-0000-7000-8000-000000000004");
  private static final String ROOT_PATH = "/" + ROOT + "/";
  private static final String NORTH_PATH = ROOT_PATH + NORTH + "/";
  private static final String NORTH_TEAM_PATH = NORTH_PATH + NORTH_TEAM + "/";
  private static final String SOUTH_PATH = ROOT_PATH + SOUTH + "/";
  private static final Map<UUID, String> PATHS =
      Map.of(ROOT, ROOT_PATH, NORTH, NORTH_PATH, NORTH_TEAM, NORTH_TEAM_PATH, SOUTH, SOUTH_PATH);

  private static final UUID ME = UUID.fromString("00000000-0000-7000-8000-0000000000a1");
  private static final UUID COLLEAGUE = UUID.fromString("00000000-0000-7000-8000-0000000000a2");

  private static Visibility at(Scope scope) {
    return new Visibility(scope, ME, NORTH, NORTH_PATH)
        .withOrgUnitPaths(id -> Optional.ofNullable(PATHS.get(id)));
  }

  @Test
  void notGrantedReachesNothing() {
    Visibility none = Visibility.none();
    assertThat(none.granted()).isFalse();
    assertThat(none.allows(ME, NORTH)).isFalse();
    assertThat(none.allows(ME, NORTH, NORTH_PATH)).isFalse();
    assertThat(none.includesUnit(NORTH, NORTH_PATH)).isFalse();
    assertThat(new Visibility(null, ME, NORTH, NORTH_PATH).allows(ME, NORTH)).isFalse();
  }

  @Test
  void ownReachesOnlyWhatTheUserOwnsAndOnlyTheirUnit() {
    Visibility own = at(Scope.OWN);
    assertThat(own.allows(ME, SOUTH)).isTrue();
    assertThat(own.allows(COLLEAGUE, NORTH)).isFalse();
    assertThat(own.allows(null, NORTH)).isFalse();
    assertThat(own.includesUnit(NORTH, NORTH_PATH)).isTrue();
    assertThat(own.includesUnit(NORTH_TEAM, NORTH_TEAM_PATH)).isFalse();
  }

  @Test
  void orgUnitReachesTheUnitButNotTheUnitsBelow() {
    Visibility unit = at(Scope.ORG_UNIT);
    assertThat(unit.allows(COLLEAGUE, NORTH)).isTrue();
    assertThat(unit.allows(ME, NORTH_TEAM)).isFalse();
    assertThat(unit.allows(ME, SOUTH)).isFalse();
    assertThat(unit.allows(ME, null)).isFalse();
    assertThat(unit.includesUnit(NORTH, NORTH_PATH)).isTrue();
    assertThat(unit.includesUnit(NORTH_TEAM, NORTH_TEAM_PATH)).isFalse();
  }

  @Test
  void subtreeReachesTheUnitAndTheUnitsBelow() {
    Visibility subtree = at(Scope.SUBTREE);
    assertThat(subtree.allows(COLLEAGUE, NORTH)).isTrue();
    assertThat(subtree.allows(COLLEAGUE, NORTH_TEAM)).isTrue();
    assertThat(subtree.allows(ME, SOUTH)).isFalse();
    assertThat(subtree.allows(ME, ROOT)).isFalse();
    assertThat(subtree.allows(ME, null)).isFalse();
    assertThat(subtree.allows(ME, UUID.randomUUID())).as("unknown unit").isFalse();
    assertThat(subtree.allows(COLLEAGUE, NORTH_TEAM, NORTH_TEAM_PATH)).isTrue();
    assertThat(subtree.includesUnit(NORTH_TEAM, NORTH_TEAM_PATH)).isTrue();
    assertThat(subtree.includesUnit(ROOT, ROOT_PATH)).isFalse();
  }

  @Test
  void subtreeStopsAtASiblingWhosePathSharesThePrefixString() {
    Visibility subtree = new Visibility(Scope.SUBTREE, ME, NORTH, "/r/u1/");
    assertThat(subtree.allows(COLLEAGUE, NORTH, "/r/u1/")).isTrue();
    assertThat(subtree.allows(COLLEAGUE, NORTH_TEAM, "/r/u1/t/")).isTrue();
    assertThat(subtree.allows(COLLEAGUE, SOUTH, "/r/u10/")).isFalse();
    assertThat(subtree.includesUnit(SOUTH, "/r/u10/")).isFalse();
  }

  @Test
  void allReachesEverything() {
    Visibility all = at(Scope.ALL);
    assertThat(all.allows(COLLEAGUE, SOUTH)).isTrue();
    assertThat(all.allows(null, null)).isTrue();
    assertThat(all.includesUnit(ROOT, ROOT_PATH)).isTrue();
  }

  @Test
  void aSubtreeCheckWithoutPathsSaysWhatIsMissing() {
    Visibility bare = new Visibility(Scope.SUBTREE, ME, NORTH, NORTH_PATH);
    assertThatThrownBy(() -> bare.allows(ME, NORTH)).isInstanceOf(IllegalStateException.class);
    assertThat(new Visibility(Scope.ORG_UNIT, ME, NORTH, NORTH_PATH).allows(ME, NORTH)).isTrue();
  }

  @Test
  void conditionPerScope() {
    assertThat(Visibility.none().condition("c.owner_id", "c.org_unit_id"))
        .isEqualTo(QueryPart.NEVER);
    assertThat(at(Scope.ALL).condition("c.owner_id", "c.org_unit_id")).isEqualTo(QueryPart.ALWAYS);
    assertThat(at(Scope.OWN).condition("c.owner_id", "c.org_unit_id"))
        .isEqualTo(QueryPart.of("c.owner_id = :visOwner_c_owner_id", "visOwner_c_owner_id", ME));
    assertThat(at(Scope.ORG_UNIT).condition("c.owner_id", "c.org_unit_id"))
        .isEqualTo(
            QueryPart.of("c.org_unit_id = :visUnit_c_org_unit_id", "visUnit_c_org_unit_id", NORTH));
    QueryPart subtree = at(Scope.SUBTREE).condition("c.owner_id", "c.org_unit_id");
    assertThat(subtree.sql())
        .isEqualTo(
            "c.org_unit_id in (select below.id from identity_org_unit below"
                + " where below.path like :visSubtree_c_org_unit_id escape '\\')");
    // the pattern keeps the unit's closing "/": a sibling /r/u10/ is not below /r/u1/
    assertThat(subtree.params())
        .containsExactly(Map.entry("visSubtree_c_org_unit_id", NORTH_PATH + "%"));
    assertThat(new Visibility(Scope.SUBTREE, ME, NORTH, "/r/u1/").condition("o", "u").params())
        .containsEntry("visSubtree_u", "/r/u1/%");
  }

  @Test
  void conditionsOnOtherColumnsOrOfOtherPermissionsShareAStatement() {
    QueryPart customers = at(Scope.SUBTREE).condition("c.owner_id", "c.org_unit_id");
    QueryPart records = at(Scope.OWN).condition("r.author_id", "r.org_unit_id");
    QueryPart sameColumnsOtherScope = at(Scope.ORG_UNIT).condition("c.owner_id", "c.org_unit_id");
    QueryPart sameColumnsSameScope = at(Scope.SUBTREE).condition("c.owner_id", "c.org_unit_id");
    QueryPart all = customers.and(records).and(sameColumnsOtherScope).and(sameColumnsSameScope);
    assertThat(all.params()).hasSize(3);
  }

  @Test
  void twoUsersReachOnTheSameColumnsIsRefused() {
    QueryPart mine = at(Scope.SUBTREE).condition("c.owner_id", "c.org_unit_id");
    QueryPart theirs =
        new Visibility(Scope.SUBTREE, COLLEAGUE, SOUTH, SOUTH_PATH)
            .condition("c.owner_id", "c.org_unit_id");
    assertThatThrownBy(() -> mine.and(theirs)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void conditionTakesColumnNamesOnly() {
    assertThatThrownBy(() -> at(Scope.OWN).condition("c.owner_id or 1 = 1", "c.org_unit_id"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> at(Scope.ORG_UNIT).condition("c.owner_id", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUnitsSubtreeAsACondition() {
    OrgUnitSummary north = new OrgUnitSummary(NORTH, ROOT, "N", "North", NORTH_PATH);
    QueryPart below = north.subtree("r.org_unit_id");
    assertThat(below.params())
        .containsExactly(Map.entry("unitSubtree_r_org_unit_id", NORTH_PATH + "%"));
    // beside the viewer's own subtree reach on the same column
    assertThat(below.and(at(Scope.SUBTREE).condition("r.author_id", "r.org_unit_id")).params())
        .hasSize(2);
  }
}
