package io.pyra.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The dashboard's cards as every module declared them, in order. */
@Component("dashboard")
public class Dashboard {

  private final List<DashboardCard> cards;

  Dashboard(List<ModuleDashboard> modules) {
    this.cards =
        modules.stream()
            .flatMap(m -> m.cards().stream())
            .sorted(Comparator.comparingInt(DashboardCard::order).thenComparing(DashboardCard::id))
            .toList();
  }

  /** Every declared card, in the dashboard's order. */
  public List<DashboardCard> cards() {
    return cards;
  }

  /** The cards the signed-in user may see, in order. */
  public List<DashboardCard> visibleTo(Authentication authentication) {
    return cards.stream().filter(c -> c.visibleTo(authentication)).toList();
  }
}
