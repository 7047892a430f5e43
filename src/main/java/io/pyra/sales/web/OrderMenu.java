package io.pyra.sales.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** Orders and contracts, and the sales settings (base currency, exchange rates), in the sidebar. */
@Component
class OrderMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(MenuGroup.SALES, "nav-orders", "nav.orders", "/orders", "order.read", 30),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-sales-settings",
            "nav.salesSettings",
            "/settings/sales",
            "sales.settings",
            80));
  }
}
