package io.pyra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

@PyraIntegrationTest
class ShellPreferencesTests {

  @Autowired ShellPreferences preferences;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @LocalServerPort int port;

  @Test
  void theSidebarEndpointStoresAUsersChoiceAndRefusesBadInputChangingNothing() {
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    UserAccount clerk = org.user(org.root(), "FRONT_DESK");
    PageClient pages = new PageClient(port).signIn(clerk.username(), OrgFixtures.PASSWORD);
    pages.get("/");
    Authentication asClerk = signedIn(clerk.username());

    assertThat(pages.post("/shell/sidebar", Map.of("collapsed", "true")).status()).isEqualTo(204);
    assertThat(preferences.sidebarCollapsed(asClerk)).isTrue();

    assertThat(pages.post("/shell/sidebar", Map.of("collapsed", "sideways")).status())
        .isEqualTo(400);
    assertThat(pages.post("/shell/sidebar", Map.of()).status()).isEqualTo(400);
    assertThat(pages.postRaw("/shell/sidebar", Map.of("collapsed", "false")).status())
        .isEqualTo(403);
    assertThat(preferences.sidebarCollapsed(asClerk)).isTrue();

    PageClient.Page anonymous =
        new PageClient(port).postRaw("/shell/sidebar", Map.of("collapsed", "false"));
    assertThat(anonymous.status()).isNotIn(200, 204, 500);
    assertThat(preferences.sidebarCollapsed(asClerk)).isTrue();
  }

  @Test
  void remembersEachUsersSidebarAndChangesItWhenAskedAgain() {
    String someone = "someone-" + UUID.randomUUID();
    String colleague = "colleague-" + UUID.randomUUID();
    assertThat(preferences.sidebarCollapsed(signedIn(someone))).isFalse();

    preferences.collapseSidebar(someone, true);
    assertThat(preferences.sidebarCollapsed(signedIn(someone))).isTrue();
    assertThat(preferences.sidebarCollapsed(signedIn(colleague))).isFalse();

    preferences.collapseSidebar(someone, false);
    assertThat(preferences.sidebarCollapsed(signedIn(someone))).isFalse();
    preferences.collapseSidebar(someone, true);
    assertThat(preferences.sidebarCollapsed(signedIn(someone))).isTrue();
  }

  @Test
  void someoneNotSignedInHasTheSidebarOpen() {
    assertThat(preferences.sidebarCollapsed(null)).isFalse();
    assertThat(
            preferences.sidebarCollapsed(
                new AnonymousAuthenticationToken(
                    "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
        .isFalse();
  }

  private static TestingAuthenticationToken signedIn(String username) {
    return new TestingAuthenticationToken(username, "", "customer.read");
  }
}
