package io.pyra.platform.web;

import java.util.List;

/**
 * The home pages a module offers: a module declares one bean of this type in its {@code web}
 * package; {@link Home} chooses among the pages of all of them.
 */
@FunctionalInterface
public interface ModuleHomePages {

  List<HomePage> homePages();
}
