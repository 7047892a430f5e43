package io.pyra.sales.web;

import io.pyra.platform.web.MenuEntry;
import io.pyra.platform.web.MenuGroup;
import io.pyra.platform.web.ModuleMenu;
import java.util.List;
import org.springframework.stereotype.Component;

/** The catalogue's pages in the sidebar's sales group. */
@Component
class CatalogueMenu implements ModuleMenu {

  @Override
  public List<MenuEntry> entries() {
    return List.of(
        new MenuEntry(
            MenuGroup.SALES,
            "nav-products",
            "nav.products",
            "/catalogue/products",
            "catalogue.read",
            60),
        new MenuEntry(
            MenuGroup.SALES,
            "nav-product-categories",
            "nav.productCategories",
            "/catalogue/categories",
            "catalogue.read",
            65));
  }
}
