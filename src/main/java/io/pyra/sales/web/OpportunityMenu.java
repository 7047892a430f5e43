package io.pyra.sales.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The opportunity pages and the pipeline settings in the sidebar. */
@Component
class OpportunityMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SALES,
            "nav-opportunity-board",
            "nav.opportunityBoard",
            "/opportunities/board",
            "opportunity.read",
            20),
        new MenuEntry(
            MenuGroup.SALES,
            "nav-opportunities",
            "nav.opportunities",
            "/opportunities",
            "opportunity.read",
            21),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-pipelines",
            "nav.pipelines",
            "/settings/pipelines",
            "pipeline.manage",
            60),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-lost-reasons",
            "nav.lostReasons",
            "/settings/lost-reasons",
            "pipeline.manage",
            61),
        new MenuEntry(
            MenuGroup.ADMINISTRATION,
            "nav-sales-sources",
            "nav.salesSources",
            "/settings/sources",
            "pipeline.manage",
            62));
  }
}
