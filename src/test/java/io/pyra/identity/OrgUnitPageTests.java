package io.pyra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.orgunit.SaveOrgUnit;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PyraIntegrationTest
class OrgUnitPageTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  private PageClient admin;
  private OrgUnit root;

  @BeforeEach
  void signIn() {
    admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    root = orgUnits.tree().get(0);
  }

  @Test
  void theNewUnitFormProposesTheParentAndItsTimeZone() {
    Document form = admin.get("/admin/org-units/new?parent=" + root.id()).document();

    assertThat(form.select("#parentId option[selected]").attr("value"))
        .isEqualTo(root.id().toString());
    assertThat(form.select("#kind option[selected]").attr("value")).isEqualTo("REGION");
    assertThat(form.select("#kind option[value=BRANCH]").text()).isEqualTo("Branch");
    assertThat(form.select("#timeZone option[selected]").attr("value"))
        .isEqualTo(root.timeZone().getId());
    assertThat(form.select("#timeZone option[value=Europe/Paris]")).hasSize(1);
  }

  @Test
  void timeZonesAreShownByTheirCityWithTheirOffsetGroupedByRegionInBothLanguages() {
    Document form = admin.get("/admin/org-units/new?parent=" + root.id()).document();
    Element shanghai = form.selectFirst("#timeZone option[value=Asia/Shanghai]");
    assertThat(shanghai.text()).isEqualTo("Shanghai (UTC+08:00)");
    assertThat(shanghai.parent().attr("label")).isEqualTo("Asia");
    assertThat(form.selectFirst("#timeZone option[value=Asia/Kolkata]").text())
        .isEqualTo("Kolkata (UTC+05:30)");
    assertThat(form.select("#timeZone optgroup").eachAttr("label")).contains("Europe", "Americas");

    Document chinese = admin.get("/admin/org-units/new?lang=zh-CN&parent=" + root.id()).document();
    assertThat(chinese.selectFirst("#timeZone option[value=Asia/Shanghai]").text())
        .isEqualTo("上海（UTC+08:00）");
    Document list = admin.get("/admin/org-units?lang=zh-CN").document();
    assertThat(list.select(".org-unit-zone[data-zone=Asia/Shanghai]").first().text())
        .isEqualTo("上海时间（UTC+08:00）");
    admin.get("/admin/org-units?lang=en");
  }

  @Test
  void administratorCreatesAnOrgUnitThroughTheFormAndSeesItInTheTree() {
    String code = TestStaff.code("REG");
    admin.get("/admin/org-units/new");

    PageClient.Page saved =
        admin.post(
            "/admin/org-units/new",
            fields(root.id(), "REGION", code, "Pearl River region", "Asia/Shanghai", ""));

    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/admin/org-units");
    Document list = admin.get("/admin/org-units").document();
    assertThat(list.select("#flash-success").text())
        .isEqualTo("Org unit Pearl River region saved.");
    Element row = row(list, code);
    assertThat(row.select(".org-unit-name").text()).isEqualTo("Pearl River region");
    assertThat(row.select(".org-unit-kind").text()).isEqualTo("Region");
    assertThat(row.select(".org-unit-zone").text()).isEqualTo("Shanghai time (UTC+08:00)");
    assertThat(row.select(".org-unit-zone").attr("data-zone")).isEqualTo("Asia/Shanghai");
    assertThat(row.select(".org-unit-users").text()).isEqualTo("0");
    assertThat(row.select("td").first().className()).isEqualTo("tree-depth-1");
    assertThat(row(list, root.code()).select(".org-unit-users").text()).isNotEqualTo("0");
    assertThat(list.select("#new-org-unit")).hasSize(1);
  }

  @Test
  void aBrokenRuleIsShownNextToItsFieldAndNothingIsSaved() {
    String name = "Copy of head office " + UUID.randomUUID();
    admin.get("/admin/org-units/new");

    PageClient.Page page =
        admin.post(
            "/admin/org-units/new", fields(root.id(), "REGION", root.code(), name, "UTC", ""));

    assertThat(page.status()).isEqualTo(200);
    Document form = page.document();
    assertThat(form.select("#code-error").text())
        .isEqualTo("The code " + root.code() + " is already used by another org unit.");
    assertThat(form.select("#code").hasClass("is-invalid")).isTrue();
    assertThat(form.select("#name").val()).isEqualTo(name);
    assertThat(orgUnits.tree()).noneMatch(unit -> unit.name().equals(name));
  }

  @Test
  void aStaleEditShowsTheConflictAndOverwritesNothing() {
    OrgUnit unit =
        orgUnits.create(
            new SaveOrgUnit(
                root.id(), OrgUnitKind.REGION, TestStaff.code("REG"), "Old name", "UTC", null));
    Document form = admin.get("/admin/org-units/" + unit.id() + "/edit").document();
    String version = form.select("#version").val();
    assertThat(form.select("#name").val()).isEqualTo("Old name");
    orgUnits.update(
        unit.id(),
        new SaveOrgUnit(
            root.id(),
            OrgUnitKind.REGION,
            unit.code(),
            "Renamed by a colleague",
            "UTC",
            unit.version()));

    PageClient.Page page =
        admin.post(
            "/admin/org-units/" + unit.id() + "/edit",
            fields(root.id(), "REGION", unit.code(), "My rename", "UTC", version));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#org-unit-form .alert-danger").text())
        .contains(
            "The record was changed by someone else since you read it; nothing was overwritten.");
    assertThat(orgUnits.get(unit.id()).name()).isEqualTo("Renamed by a colleague");
  }

  @Test
  void anEditIsSaved() {
    OrgUnit unit =
        orgUnits.create(
            new SaveOrgUnit(
                root.id(), OrgUnitKind.BRANCH, TestStaff.code("BR"), "Old centre", "UTC", null));
    String version =
        admin.get("/admin/org-units/" + unit.id() + "/edit").document().select("#version").val();

    PageClient.Page page =
        admin.post(
            "/admin/org-units/" + unit.id() + "/edit",
            fields(root.id(), "BRANCH", unit.code(), "New centre", "Asia/Tokyo", version));

    assertThat(page.status()).isEqualTo(302);
    OrgUnit saved = orgUnits.get(unit.id());
    assertThat(saved.name()).isEqualTo("New centre");
    assertThat(saved.timeZone().getId()).isEqualTo("Asia/Tokyo");
  }

  @Test
  void deletingAUnitWithUnitsBelowItIsRefusedWithAClearMessage() {
    OrgUnit region =
        orgUnits.create(
            new SaveOrgUnit(
                root.id(),
                OrgUnitKind.REGION,
                TestStaff.code("REG"),
                "Parent region",
                "UTC",
                null));
    orgUnits.create(
        new SaveOrgUnit(
            region.id(), OrgUnitKind.BRANCH, TestStaff.code("BR"), "Child centre", "UTC", null));
    Document form = admin.get("/admin/org-units/" + region.id() + "/edit").document();
    assertThat(form.select("#delete-form").attr("data-confirm")).contains("Parent region");

    PageClient.Page refused =
        admin.post(
            "/admin/org-units/" + region.id() + "/delete",
            Map.of("version", form.select("#delete-form input[name=version]").val()));

    assertThat(refused.status()).isEqualTo(302);
    assertThat(refused.location()).endsWith("/admin/org-units/" + region.id() + "/edit");
    assertThat(admin.get(path(refused.location())).document().select("#flash-error").text())
        .isEqualTo("Parent region still has org units under it: move or delete them first.");
    assertThat(orgUnits.find(region.id())).isPresent();
  }

  @Test
  void anEmptyUnitIsDeleted() {
    OrgUnit unit =
        orgUnits.create(
            new SaveOrgUnit(
                root.id(), OrgUnitKind.TEAM, TestStaff.code("TM"), "Gone team", "UTC", null));
    String version =
        admin
            .get("/admin/org-units/" + unit.id() + "/edit")
            .document()
            .select("#delete-form input[name=version]")
            .val();

    PageClient.Page deleted =
        admin.post("/admin/org-units/" + unit.id() + "/delete", Map.of("version", version));

    assertThat(deleted.status()).isEqualTo(302);
    assertThat(admin.get("/admin/org-units").document().select("#flash-success").text())
        .isEqualTo("Org unit Gone team deleted.");
    assertThat(orgUnits.find(unit.id())).isEmpty();
  }

  @Test
  void aCentrePrincipalSeesOnlyTheirOwnPartOfTheTreeAndCannotEdit() {
    OrgUnit branch =
        orgUnits.create(
            new SaveOrgUnit(
                root.id(),
                OrgUnitKind.BRANCH,
                TestStaff.code("BR"),
                "Principal centre",
                "UTC",
                null));
    OrgUnit team =
        orgUnits.create(
            new SaveOrgUnit(
                branch.id(),
                OrgUnitKind.TEAM,
                TestStaff.code("TM"),
                "Principal team",
                "UTC",
                null));
    String username = TestStaff.user(users, roles, branch.id(), "CENTRE_PRINCIPAL", "en");
    PageClient principal = new PageClient(port).signIn(username, TestStaff.PASSWORD);

    Document list = principal.get("/admin/org-units").document();

    assertThat(list.select("#org-units tbody tr"))
        .extracting(tr -> tr.attr("data-code"))
        .containsExactly(branch.code(), team.code());
    assertThat(row(list, branch.code()).select("td").first().className()).isEqualTo("tree-depth-0");
    assertThat(row(list, team.code()).select("td").first().className()).isEqualTo("tree-depth-1");
    assertThat(list.select(".edit-link")).isEmpty();
    assertThat(list.select("#new-org-unit")).isEmpty();
    assertThat(principal.get("/admin/org-units/" + branch.id() + "/edit").status()).isEqualTo(403);
  }

  @Test
  void aUserWithoutOrgUnitReadGetsTheForbiddenPage() {
    String username = TestStaff.user(users, roles, root.id(), "TEACHER", "en");

    PageClient.Page page =
        new PageClient(port).signIn(username, TestStaff.PASSWORD).get("/admin/org-units");

    assertThat(page.status()).isEqualTo(403);
  }

  @Test
  void aChineseSpeakingUserSeesChineseLabels() {
    String username = TestStaff.user(users, roles, root.id(), "MANAGEMENT", "zh-CN");
    PageClient manager =
        new PageClient(port).language("zh-CN").signIn(username, TestStaff.PASSWORD);

    Document list = manager.get("/admin/org-units").document();

    assertThat(list.select("h1").text()).isEqualTo("组织机构");
    assertThat(list.select("#org-units th").eachText()).contains("名称", "类型", "代码", "用户数");
    assertThat(row(list, root.code()).select(".org-unit-kind").text()).isEqualTo("公司");
  }

  private static Map<String, String> fields(
      UUID parentId, String kind, String code, String name, String timeZone, String version) {
    Map<String, String> fields = new HashMap<>();
    fields.put("parentId", parentId.toString());
    fields.put("kind", kind);
    fields.put("code", code);
    fields.put("name", name);
    fields.put("timeZone", timeZone);
    fields.put("version", version);
    return fields;
  }

  private static Element row(Document list, String code) {
    Element row = list.selectFirst("#org-units tr[data-code=" + code + "]");
    assertThat(row).as("row of " + code).isNotNull();
    return row;
  }

  private static String path(String location) {
    return java.net.URI.create(location).getPath();
  }
}
