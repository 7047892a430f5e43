package io.pyra.customer.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The customer pages in the sidebar. */
@Component
class CustomerMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.CUSTOMERS,
            "nav-customers",
            "nav.customers",
            "/customers",
            "customer.read",
            10),
        new MenuEntry(
            MenuGroup.CUSTOMERS, "nav-lookup", "nav.lookup", "/lookup", "customer.read", 20),
        new MenuEntry(
            MenuGroup.CUSTOMERS,
            "nav-transfer",
            "nav.transfer",
            "/customers/transfer",
            "customer.transfer",
            70),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-sectors",
            "nav.sectors",
            "/admin/sectors",
            "customer.configure",
            40),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-customer-fields",
            "nav.customerFields",
            "/admin/customer-fields",
            "customer.configure",
            50));
  }
}
