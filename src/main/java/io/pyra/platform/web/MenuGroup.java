package io.pyra.platform.web;

/**
 * The areas of the sidebar, in the order it shows them. A group appears only when the user may see
 * at least one of its entries, so the groups of modules still to come cost nothing until they
 * declare entries.
 */
public enum MenuGroup {
  MY_WORK("myWork"),
  CUSTOMERS("customers"),
  SALES("sales"),
  SERVICE("service"),
  MARKETING("marketing"),
  SCHEDULING("scheduling"),
  VALUE("value"),
  REPORTS("reports"),
  ADMINISTRATION("administration");

  private final String name;

  MenuGroup(String name) {
    this.name = name;
  }

  /** The id of the group's element in the page, such as {@code menu-group-myWork}. */
  public String elementId() {
    return "menu-group-" + name;
  }

  /** The key of the group's heading in the platform's message bundle. */
  public String messageKey() {
    return "menu.group." + name;
  }
}
