package io.pyra.support.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import io.pyra.support.cases.CaseAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case queue in the sidebar's service group. */
@Component
class CaseMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(MenuGroup.SERVICE, "nav-cases", "nav.cases", "/cases", CaseAccess.READ, 10));
  }
}
