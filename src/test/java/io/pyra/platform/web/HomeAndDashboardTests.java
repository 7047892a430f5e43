package io.pyra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Which home page a user gets, and which dashboard cards they see, from what modules declare. */
class HomeAndDashboardTests {

  private final Home home =
      new Home(
          List.of(
              () -> List.of(new HomePage("/dashboard", "supervision.read", 100)),
              () -> List.of(new HomePage("/visitors", "visitor.read", 50))));

  private final Dashboard dashboard =
      new Dashboard(
          List.of(
              () ->
                  List.of(
                      new DashboardCard("card-b", "b", "/cards/b", "supervision.read", 20),
                      new DashboardCard("card-a", "a", "/cards/a", null, 20)),
              () -> List.of(new DashboardCard("card-c", "c", "/cards/c", "customer.read", 10))));

  @Test
  void theHomePageOfHighestPriorityWhosePermissionTheUserHoldsElseMyDay() {
    assertThat(home.pathFor(user("customer.read"))).isEqualTo("/my-day");
    assertThat(home.pathFor(user("visitor.read"))).isEqualTo("/visitors");
    assertThat(home.pathFor(user("supervision.read"))).isEqualTo("/dashboard");
    // a principal who also receives visitors lands on the dashboard: its priority is higher
    assertThat(home.pathFor(user("visitor.read", "supervision.read"))).isEqualTo("/dashboard");
    assertThat(home.pathFor(null)).isEqualTo(Home.DEFAULT_PATH);
    assertThat(home.pages()).extracting(HomePage::path).containsExactly("/dashboard", "/visitors");
  }

  @Test
  void cardsInTheirOrderOnlyForThoseHoldingTheirPermission() {
    assertThat(dashboard.cards())
        .extracting(DashboardCard::id)
        .containsExactly("card-c", "card-a", "card-b");
    assertThat(dashboard.visibleTo(user("supervision.read")))
        .extracting(DashboardCard::id)
        .containsExactly("card-a", "card-b");
    assertThat(dashboard.visibleTo(user("customer.read", "supervision.read")))
        .extracting(DashboardCard::id)
        .containsExactly("card-c", "card-a", "card-b");
    Authentication anonymous =
        new AnonymousAuthenticationToken(
            "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    assertThat(dashboard.visibleTo(anonymous)).isEmpty();
  }

  @Test
  void pathsAreCheckedWhenDeclared() {
    assertThatThrownBy(() -> new DashboardCard("x", "x", "cards/x", null, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HomePage("/", "x", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChartIsDataForTheScript() {
    Chart chart =
        new Chart(
            Chart.Kind.COLUMN,
            List.of("Mon", "周二"),
            List.of(
                new Chart.Series("This week", List.of(3L, 0L)),
                new Chart.Series("Last \"week\"", List.of(1L, 2L))));
    assertThat(chart.json())
        .isEqualTo(
            "{\"kind\":\"column\",\"categories\":[\"Mon\",\"周二\"],\"series\":["
                + "{\"name\":\"This week\",\"values\":[3,0]},"
                + "{\"name\":\"Last \\\"week\\\"\",\"values\":[1,2]}]}");
    assertThatThrownBy(() -> Chart.of(Chart.Kind.BAR, "n", List.of("a", "b"), List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Authentication user(String... permissions) {
    TestingAuthenticationToken token = new TestingAuthenticationToken("u", "p", permissions);
    token.setAuthenticated(true);
    return token;
  }
}
