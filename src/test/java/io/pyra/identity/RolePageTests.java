package io.pyra.identity;

import static java.lang.Character.UnicodeScript.HAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.Permission;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RolePermission;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.identity.user.SaveUser;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

@PyraIntegrationTest
class RolePageTests {

  @LocalServerPort int port;
  @Autowired RoleService roles;
  @Autowired UserService users;
  @Autowired OrgUnitService orgUnits;
  @Autowired MessageSource messages;

  private PageClient admin;

  @BeforeEach
  void signIn() {
    admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void theListShowsShippedRolesByTheirTranslatedNameWithTheirHolders() {
    Document list = admin.get("/admin/roles").document();

    Element administrator = row(list, "ADMINISTRATOR");
    assertThat(administrator.select(".role-name").text()).isEqualTo("Administrator");
    assertThat(Integer.parseInt(administrator.select(".role-holders").text()))
        .isGreaterThanOrEqualTo(1);
    assertThat(administrator.select(".role-origin").text()).isEqualTo("Shipped with Pyra");
    assertThat(row(list, "CUSTOMER_SERVICE_ASSISTANT").select(".role-name").text())
        .isEqualTo("Customer-service assistant");
    assertThat(list.select("#new-role")).hasSize(1);
  }

  @Test
  void aChineseSpeakingUserSeesTheShippedRolesInChinese() {
    String username =
        TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "MANAGEMENT", "zh-CN");
    Document list =
        new PageClient(port).signIn(username, TestStaff.PASSWORD).get("/admin/roles").document();

    assertThat(list.select("h1").text()).isEqualTo("角色");
    assertThat(row(list, "ADMINISTRATOR").select(".role-name").text()).isEqualTo("管理员");
    assertThat(row(list, "FRONT_DESK").select(".role-name").text()).isEqualTo("前台");
    assertThat(list.select("#new-role")).isEmpty();
  }

  @Test
  void administratorCreatesACustomRoleWithItsPermissionMatrix() {
    String code = TestStaff.code("COACH");
    Document form = admin.get("/admin/roles/new").document();
    assertThat(form.select("#permission-matrix tbody tr")).hasSize(roles.catalogue().size());
    assertThat(form.select("label[for=grant-user-read]").text()).isEqualTo("See users");
    assertThat(form.select("#grant-user-read option").eachText())
        .containsExactly(
            "Not granted",
            "Own records",
            "Own org unit",
            "Own org unit and the units below it",
            "All records");

    Map<String, String> fields =
        new HashMap<>(
            Map.of(
                "code", code, "name", "Coach", "description", "Coaches the desk", "version", ""));
    fields.put("grants[user.read]", "SUBTREE");
    fields.put("grants[org-unit.read]", "ORG_UNIT");
    fields.put("grants[user.manage]", "");
    PageClient.Page saved = admin.post("/admin/roles/new", fields);

    assertThat(saved.status()).isEqualTo(302);
    Role role = roles.byCode(code);
    assertThat(grants(role)).isEqualTo(Map.of("user.read", "SUBTREE", "org-unit.read", "ORG_UNIT"));
    Document list = admin.get("/admin/roles").document();
    assertThat(list.select("#flash-success").text()).isEqualTo("Role Coach saved.");
    assertThat(row(list, code).select(".role-name").text()).isEqualTo("Coach");
    assertThat(row(list, code).select(".role-origin").text()).isEqualTo("Custom");
    assertThat(row(list, code).select(".role-holders").text()).isEqualTo("0");
  }

  @Test
  void administratorChangesTheGrantsOfARole() {
    Role role = customRole(Map.of("user.read", Scope.OWN));
    Document form = admin.get("/admin/roles/" + role.id() + "/edit").document();
    assertThat(form.select("#grant-user-read option[selected]").val()).isEqualTo("OWN");
    assertThat(form.select("#code").text()).isEqualTo(role.code());

    Map<String, String> fields = formFields(form);
    fields.put("grants[user.read]", "");
    fields.put("grants[audit.read]", "ALL");
    PageClient.Page saved = admin.post("/admin/roles/" + role.id() + "/edit", fields);

    assertThat(saved.status()).isEqualTo(302);
    assertThat(grants(roles.get(role.id()))).isEqualTo(Map.of("audit.read", "ALL"));
  }

  @Test
  void aStaleEditShowsTheConflictAndOverwritesNothing() {
    Role role = customRole(Map.of("user.read", Scope.OWN));
    Document form = admin.get("/admin/roles/" + role.id() + "/edit").document();
    Role current = roles.get(role.id());
    roles.update(
        role.id(),
        new SaveRole(
            null,
            current.name(),
            "Changed by a colleague",
            Map.of("user.read", Scope.ALL),
            current.version()));

    Map<String, String> fields = formFields(form);
    fields.put("grants[user.read]", "ORG_UNIT");
    PageClient.Page page = admin.post("/admin/roles/" + role.id() + "/edit", fields);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#role-form .alert-danger").text())
        .contains(
            "The record was changed by someone else since you read it; nothing was overwritten.");
    assertThat(grants(roles.get(role.id()))).isEqualTo(Map.of("user.read", "ALL"));
    assertThat(roles.get(role.id()).description()).isEqualTo("Changed by a colleague");
  }

  @Test
  void anUnknownPermissionIsShownAboveTheMatrix() {
    Role role = customRole(Map.of());
    Document form = admin.get("/admin/roles/" + role.id() + "/edit").document();

    Map<String, String> fields = formFields(form);
    fields.put("grants[magic.cast]", "ALL");
    PageClient.Page page = admin.post("/admin/roles/" + role.id() + "/edit", fields);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#grants-error").text())
        .isEqualTo("magic.cast is not a known permission.");
    assertThat(grants(roles.get(role.id()))).isEmpty();
  }

  @Test
  void deletingARoleThatUsersHoldIsRefusedWithAClearMessage() {
    Role role = customRole(Map.of("user.read", Scope.OWN));
    String username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "FRONT_DESK", "en");
    UserAccount user = users.byUsername(username).orElseThrow();
    users.update(
        user.id(),
        new SaveUser(
            user.username(),
            user.displayName(),
            user.email(),
            null,
            user.orgUnitId(),
            null,
            "en",
            Set.of(role.id()),
            true,
            null,
            user.version()));
    Document form = admin.get("/admin/roles/" + role.id() + "/edit").document();

    PageClient.Page refused =
        admin.post(
            "/admin/roles/" + role.id() + "/delete",
            Map.of("version", form.select("#delete-form input[name=version]").val()));

    assertThat(refused.status()).isEqualTo(302);
    assertThat(admin.get(path(refused.location())).document().select("#flash-error").text())
        .isEqualTo(role.name() + " is still held by 1 user(s).");
    assertThat(roles.get(role.id())).isNotNull();
  }

  @Test
  void aShippedRoleCannotBeDeleted() {
    Role frontDesk = roles.byCode("FRONT_DESK");
    Document form = admin.get("/admin/roles/" + frontDesk.id() + "/edit").document();
    assertThat(form.select("#delete-form")).isEmpty();

    PageClient.Page refused =
        admin.post(
            "/admin/roles/" + frontDesk.id() + "/delete",
            Map.of("version", String.valueOf(frontDesk.version())));

    assertThat(refused.status()).isEqualTo(302);
    assertThat(admin.get(path(refused.location())).document().select("#flash-error").text())
        .isEqualTo("Front desk is shipped with Pyra and cannot be deleted.");
    assertThat(roles.byCode("FRONT_DESK")).isNotNull();
  }

  @Test
  void anUnusedCustomRoleIsDeleted() {
    Role role = customRole(Map.of());
    Document form = admin.get("/admin/roles/" + role.id() + "/edit").document();

    PageClient.Page deleted =
        admin.post(
            "/admin/roles/" + role.id() + "/delete",
            Map.of("version", form.select("#delete-form input[name=version]").val()));

    assertThat(deleted.status()).isEqualTo(302);
    assertThat(admin.get("/admin/roles").document().select("tr[data-code=" + role.code() + "]"))
        .isEmpty();
  }

  @Test
  void theAdministratorsMatrixIsShownButCannotBeChanged() {
    Role administrator = roles.byCode("ADMINISTRATOR");
    Document form = admin.get("/admin/roles/" + administrator.id() + "/edit").document();
    assertThat(form.select("#administrator-note").text()).contains("cannot be changed");
    assertThat(form.select("#permission-matrix select"))
        .hasSize(roles.catalogue().size())
        .allMatch(select -> select.hasAttr("disabled"));

    // a forged post with a reduced grant changes nothing of the grants
    Map<String, String> fields = formFields(form);
    fields.put("grants[user.read]", "OWN");
    PageClient.Page saved = admin.post("/admin/roles/" + administrator.id() + "/edit", fields);

    assertThat(saved.status()).isEqualTo(302);
    assertThat(grants(roles.byCode("ADMINISTRATOR")))
        .hasSize(roles.catalogue().size())
        .allSatisfy((permission, scope) -> assertThat(scope).isEqualTo("ALL"));
  }

  @Test
  void aUserWhoMayOnlyReadRolesSeesTheMatrixReadOnly() {
    String username = TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "MANAGEMENT", "en");
    PageClient manager = new PageClient(port).signIn(username, TestStaff.PASSWORD);
    Role frontDesk = roles.byCode("FRONT_DESK");

    Document form = manager.get("/admin/roles/" + frontDesk.id() + "/edit").document();

    assertThat(form.select("#permission-matrix select"))
        .allMatch(select -> select.hasAttr("disabled"));
    assertThat(form.select("#save")).isEmpty();
    assertThat(manager.get("/admin/roles/new").status()).isEqualTo(403);
    assertThat(manager.post("/admin/roles/" + frontDesk.id() + "/edit", formFields(form)).status())
        .isEqualTo(403);
  }

  @Test
  void everyDeclaredPermissionHasASentenceAndAnAreaInBothLanguages() {
    Locale chinese = Locale.forLanguageTag("zh-CN");
    for (Permission permission : roles.catalogue()) {
      for (String key :
          List.of("permission." + permission.code(), "permission.area." + permission.resource())) {
        String english = messages.getMessage(key, null, null, Locale.ENGLISH);
        String zh = messages.getMessage(key, null, null, chinese);
        assertThat(english).as("English sentence for %s", key).isNotBlank();
        assertThat(english).as(key).doesNotContain(permission.code());
        assertThat(zh).as("Chinese sentence for %s", key).isNotBlank();
        assertThat(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == HAN))
            .as("%s is written in Chinese: %s", key, zh)
            .isTrue();
      }
    }
  }

  @Test
  void theMatrixShowsPermissionsAsSentencesGroupedByAreaInBothLanguages() {
    Role role = customRole(Map.of("interaction.override", Scope.SUBTREE));
    Document english = admin.get("/admin/roles/" + role.id() + "/edit").document();

    assertThat(english.select("label[for=grant-interaction-override]").text())
        .isEqualTo("Override the return-visit limit");
    assertThat(english.select("label[for=grant-job-manage]").text())
        .isEqualTo("Create and change jobs");
    assertThat(english.select("#permission-matrix label").eachText())
        .noneMatch(text -> text.matches("[a-z-]+\\.[a-z-]+"));
    Element contactRecords = english.selectFirst("table[data-area=interaction]");
    assertThat(contactRecords.select("thead th").first().text()).isEqualTo("Contact records");
    assertThat(contactRecords.select("tbody tr").eachAttr("data-permission"))
        .containsExactly("interaction.create", "interaction.override", "interaction.configure");
    assertThat(english.select("table[data-area=customer] thead th").first().text())
        .isEqualTo("Customers");
    // the code stays visible, small, for whoever manages roles
    assertThat(english.select("tr[data-permission=interaction.override] .permission-code").text())
        .isEqualTo("interaction.override");

    String username =
        TestStaff.user(users, roles, orgUnits.tree().get(0).id(), "ADMINISTRATOR", "zh-CN");
    Document chinese =
        new PageClient(port)
            .signIn(username, TestStaff.PASSWORD)
            .get("/admin/roles/" + role.id() + "/edit")
            .document();
    assertThat(chinese.select("label[for=grant-interaction-override]").text())
        .isEqualTo("可超出回访次数限制");
    assertThat(chinese.select("table[data-area=interaction] thead th").first().text())
        .isEqualTo("联系记录");
    assertThat(chinese.select("label[for=grant-customer-read]").text()).isEqualTo("查看客户");
  }

  private Role customRole(Map<String, Scope> grants) {
    return roles.create(
        new SaveRole(
            TestStaff.code("ROLE"),
            "Role " + UUID.randomUUID().toString().substring(0, 8),
            null,
            grants,
            null));
  }

  /** The fields a browser would send for the form as shown (disabled selects are not sent). */
  private static Map<String, String> formFields(Document form) {
    Map<String, String> fields = new HashMap<>();
    for (Element input : form.select("#role-form input[name]")) {
      if (!input.attr("name").equals("_csrf")) {
        fields.put(input.attr("name"), input.val());
      }
    }
    for (Element select : form.select("#role-form select[name]:not([disabled])")) {
      Element selected = select.selectFirst("option[selected]");
      fields.put(select.attr("name"), selected == null ? "" : selected.val());
    }
    return fields;
  }

  private static Map<String, String> grants(Role role) {
    return role.permissions().stream()
        .collect(Collectors.toMap(RolePermission::permission, p -> p.scope().name()));
  }

  private static Element row(Document list, String code) {
    Element row = list.selectFirst("#roles tr[data-code=" + code + "]");
    assertThat(row).as("row of " + code).isNotNull();
    return row;
  }

  private static String path(String location) {
    return URI.create(location).getPath();
  }
}
