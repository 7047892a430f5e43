package io.pyra.platform.web;

import java.util.List;

/**
 * A module's entries in the sidebar. A module declares one bean of this type in its {@code web}
 * package; the layout shows the entries of all of them, grouped, to those who may see them.
 */
@FunctionalInterface
public interface ModuleMenu {

  List<MenuEntry> entries();
}
