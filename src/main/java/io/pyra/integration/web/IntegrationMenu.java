package io.pyra.integration.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The imports in the sidebar, with the customers they fill. */
@Component
class IntegrationMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.CUSTOMERS, "nav-imports", "nav.imports", "/imports", "customer.import", 50));
  }
}
