package io.pyra.support.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The case categories and root causes beside the other configuration pages (as interaction's
 * contact types): those who read cases reach them from the case pages.
 */
@Component
class CaseTaxonomyMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-case-categories",
            "nav.caseCategories",
            CaseCategoryWebController.PATH,
            "support.configure",
            91),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-root-causes",
            "nav.rootCauses",
            RootCauseWebController.PATH,
            "support.configure",
            92));
  }
}
