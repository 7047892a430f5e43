package io.pyra.customer.web;

import io.pyra.customer.dashboard.NewCustomers;
import io.pyra.platform.web.DashboardCard;
import io.pyra.platform.web.ModuleDashboard;
import java.util.List;
import org.springframework.stereotype.Component;

/** Customer's card on the dashboard: this month's new customers by stage. */
@Component
class CustomerDashboard implements ModuleDashboard {

  @Override
  public List<DashboardCard> cards() {
    return List.of(
        new DashboardCard(
            "card-new-customers",
            "dashboard.card.newCustomers",
            "/dashboard/cards/new-customers",
            NewCustomers.PERMISSION,
            40));
  }
}
