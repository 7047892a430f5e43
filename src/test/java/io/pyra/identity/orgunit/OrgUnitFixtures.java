package io.pyra.identity.orgunit;

import java.time.ZoneId;

/** Small organization trees built with the units' own constructor and moves. */
final class OrgUnitFixtures {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private OrgUnitFixtures() {}

  static OrgUnit company() {
    return new OrgUnit(null, OrgUnitKind.COMPANY, "HQ", "Head office", SHANGHAI);
  }

  static OrgUnit under(OrgUnit parent, OrgUnitKind kind, String code) {
    return new OrgUnit(parent, kind, code, "Unit " + code, SHANGHAI);
  }

  /**
   * Moves {@code unit} under {@code parent} and re-bases its descendants, as the service does after
   * checking the move makes no cycle.
   */
  static void move(OrgUnit unit, OrgUnit parent, OrgUnit... descendants) {
    String oldPrefix = unit.path();
    unit.placeUnder(parent);
    for (OrgUnit descendant : descendants) {
      descendant.rebase(oldPrefix, unit.path());
    }
  }
}
