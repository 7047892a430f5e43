package io.pyra.support.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The SLA policies beside the other configuration pages (as interaction's follow-up policies). */
@Component
class SlaPolicyMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-sla-policies",
            "nav.slaPolicies",
            SlaPolicyWebController.PATH,
            "support.configure",
            90));
  }
}
