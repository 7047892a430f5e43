package io.pyra.support.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The knowledge base and its categories in the sidebar's service group. */
@Component
class KnowledgeMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SERVICE,
            "nav-knowledge",
            "knowledge.nav",
            "/knowledge",
            "knowledge.read",
            50),
        new MenuEntry(
            MenuGroup.SERVICE,
            "nav-knowledge-categories",
            "knowledge.category.nav",
            "/knowledge/categories",
            "knowledge.write",
            51));
  }
}
