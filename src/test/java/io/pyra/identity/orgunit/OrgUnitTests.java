package io.pyra.identity.orgunit;

import static io.pyra.identity.orgunit.OrgUnitFixtures.under;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OrgUnitTests {

  private final OrgUnit company = OrgUnitFixtures.company();
  private final OrgUnit east = under(company, OrgUnitKind.REGION, "EAST");
  private final OrgUnit west = under(company, OrgUnitKind.REGION, "WEST");
  private final OrgUnit ningbo = under(east, OrgUnitKind.BRANCH, "NB");
  private final OrgUnit sales = under(ningbo, OrgUnitKind.TEAM, "NB_SALES");

  @Test
  void listsTheIdsFromTheRootDownInItsPath() {
    assertThat(company.path()).isEqualTo("/" + company.id() + "/");
    assertThat(sales.path())
        .isEqualTo(
            "/" + company.id() + "/" + east.id() + "/" + ningbo.id() + "/" + sales.id() + "/");
    assertThat(company.depth()).isZero();
    assertThat(sales.depth()).isEqualTo(3);
    assertThat(company.parentId()).isNull();
    assertThat(sales.parentId()).isEqualTo(ningbo.id());
  }

  @Test
  void knowsItsDescendantsButNotItselfOrItsSiblings() {
    assertThat(east.isAncestorOf(sales)).isTrue();
    assertThat(company.isAncestorOf(west)).isTrue();
    assertThat(east.isAncestorOf(east)).isFalse();
    assertThat(east.isAncestorOf(west)).isFalse();
    assertThat(sales.isAncestorOf(east)).isFalse();
  }

  @Test
  void carriesItsDescendantsAlongWhenMoved() {
    OrgUnitFixtures.move(ningbo, west, sales);

    assertThat(ningbo.parentId()).isEqualTo(west.id());
    assertThat(ningbo.path()).isEqualTo(west.path() + ningbo.id() + "/");
    assertThat(sales.path()).isEqualTo(ningbo.path() + sales.id() + "/");
    assertThat(west.isAncestorOf(sales)).isTrue();
    assertThat(east.isAncestorOf(sales)).isFalse();
    assertThat(sales.depth()).isEqualTo(3);
  }

  @Test
  void goesDeeperWhenMovedBelowASibling() {
    OrgUnitFixtures.move(west, east);

    assertThat(west.depth()).isEqualTo(2);
    assertThat(east.isAncestorOf(west)).isTrue();
  }

  @Test
  void keepsItsPlaceWhenRenamed() {
    String path = ningbo.path();

    ningbo.rename(OrgUnitKind.BRANCH, "NB2", "Ningbo centre", ZoneId.of("Asia/Hong_Kong"));

    assertThat(ningbo.code()).isEqualTo("NB2");
    assertThat(ningbo.name()).isEqualTo("Ningbo centre");
    assertThat(ningbo.timeZone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
    assertThat(ningbo.path()).isEqualTo(path);
  }
}
