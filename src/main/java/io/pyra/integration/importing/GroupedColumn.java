package io.pyra.integration.importing;

import java.util.HashSet;
import java.util.Set;

/**
 * Watches one column of a file's rows, in the file's order, for whether its values come grouped:
 * every value's rows one after the other (the lines of each order together), a blank cell being a
 * value of its own.
 */
final class GroupedColumn {

  private final int index;
  private final Set<String> closed = new HashSet<>();
  private String current;
  private boolean grouped = true;

  GroupedColumn(int index) {
    this.index = index;
  }

  void add(SourceRow row) {
    if (!grouped) {
      return;
    }
    String value = row.cell(index);
    value = value == null ? "" : value.strip();
    if (value.equals(current)) {
      return;
    }
    if (current != null) {
      closed.add(current);
    }
    if (closed.contains(value)) {
      grouped = false;
      closed.clear();
      return;
    }
    current = value;
  }

  int index() {
    return index;
  }

  boolean grouped() {
    return grouped;
  }
}
