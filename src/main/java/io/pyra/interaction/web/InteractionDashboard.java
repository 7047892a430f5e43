package io.pyra.interaction.web;

import io.pyra.interaction.dashboard.TeamDashboard;
import io.pyra.platform.web.DashboardCard;
import io.pyra.platform.web.HomePage;
import io.pyra.platform.web.ModuleDashboard;
import io.pyra.platform.web.ModuleHomePages;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Interaction's cards on the dashboard, and the dashboard as the home page of those who supervise
 * (who hold {@code supervision.read}: centre principals, management, administrators). Everyone else
 * (consultants, agents, the front desk) keeps My day as their home.
 */
@Component
class InteractionDashboard implements ModuleDashboard, ModuleHomePages {

  /** The dashboard's priority as a home page; a module's page for a narrower role goes below. */
  static final int DASHBOARD_PRIORITY = 100;

  @Override
  public List<DashboardCard> cards() {
    return List.of(
        new DashboardCard(
            "card-contact-records",
            "dashboard.card.records",
            "/dashboard/cards/contact-records",
            TeamDashboard.PERMISSION,
            10),
        new DashboardCard(
            "card-overdue-tasks",
            "dashboard.card.overdue",
            "/dashboard/cards/overdue-tasks",
            TeamDashboard.PERMISSION,
            20),
        new DashboardCard(
            "card-quiet-customers",
            "dashboard.card.quiet",
            "/dashboard/cards/quiet-customers",
            TeamDashboard.PERMISSION,
            30));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of(new HomePage("/dashboard", TeamDashboard.PERMISSION, DASHBOARD_PRIORITY));
  }
}
