package io.pyra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.testing.PyraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

@PyraIntegrationTest
class ShellPreferencesTests {

  @Autowired ShellPreferences preferences;

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
