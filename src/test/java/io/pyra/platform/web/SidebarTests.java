package io.pyra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SidebarTests {

  private final Sidebar sidebar =
      new Sidebar(
          List.of(
              () ->
                  List.of(
                      new MenuEntry(
                          MenuGroup.ADMINISTRATION,
                          "nav-users",
                          "nav.users",
                          "/admin/users",
                          "user.read",
                          10),
                      new MenuEntry(
                          MenuGroup.CUSTOMERS,
                          "nav-transfer",
                          "nav.transfer",
                          "/customers/transfer",
                          "customer.transfer",
                          70),
                      new MenuEntry(
                          MenuGroup.CUSTOMERS,
                          "nav-customers",
                          "nav.customers",
                          "/customers",
                          "customer.read",
                          10)),
              () ->
                  List.of(
                      MenuEntry.forEveryone(
                          MenuGroup.MY_WORK, "nav-my-day", "nav.myDay", "/my-day", 10))));

  @AfterEach
  void forgetRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void showsTheGroupsInTheirOrderWithTheEntriesOfAllModulesInTheirOrder() {
    var groups = sidebar.visibleTo(user("customer.read", "customer.transfer", "user.read"));

    assertThat(groups)
        .extracting(Sidebar.Group::group)
        .containsExactly(MenuGroup.MY_WORK, MenuGroup.CUSTOMERS, MenuGroup.ADMINISTRATION);
    assertThat(groups.get(1).links())
        .extracting(link -> link.entry().id())
        .containsExactly("nav-customers", "nav-transfer");
  }

  @Test
  void leavesOutWhatTheUserMayNotSeeAndGroupsLeftEmpty() {
    var groups = sidebar.visibleTo(user("customer.read"));

    assertThat(groups)
        .extracting(Sidebar.Group::group)
        .containsExactly(MenuGroup.MY_WORK, MenuGroup.CUSTOMERS);
    assertThat(groups.get(1).links())
        .extracting(link -> link.entry().id())
        .containsExactly("nav-customers");
  }

  @Test
  void showsNothingToSomeoneNotSignedIn() {
    assertThat(sidebar.visibleTo(null)).isEmpty();
    assertThat(
            sidebar.visibleTo(
                new AnonymousAuthenticationToken(
                    "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
        .isEmpty();
  }

  @Test
  void marksTheEntryWhosePageIsShownTheMostSpecificOneWinning() {
    request("/customers/transfer");
    var links =
        sidebar.visibleTo(user("customer.read", "customer.transfer")).get(1).links().stream()
            .filter(Sidebar.Link::current)
            .map(link -> link.entry().id())
            .toList();
    assertThat(links).containsExactly("nav-transfer");

    request("/customers/0192/edit");
    assertThat(sidebar.visibleTo(user("customer.read")).get(1).links().get(0).current()).isTrue();

    request("/customers-elsewhere");
    assertThat(sidebar.visibleTo(user("customer.read")).get(1).links().get(0).current()).isFalse();
  }

  private static Authentication user(String... permissions) {
    TestingAuthenticationToken token = new TestingAuthenticationToken("someone", "", permissions);
    token.setAuthenticated(true);
    return token;
  }

  private static void request(String path) {
    RequestContextHolder.setRequestAttributes(
        new ServletRequestAttributes(new MockHttpServletRequest("GET", path)));
  }
}
