package io.pyra.integration.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the order number column of a file's rows, in the file's order: which numbers have their
 * rows scattered (not one after the other), and the last row of each. A file that keeps most orders
 * together can then be cut between orders as it is read.
 */
final class ScatteredOrders {

  private final int index;
  private final int maxScattered;
  private final Map<String, Integer> lastRow = new HashMap<>();
  private final Map<String, Integer> scattered = new LinkedHashMap<>();
  private String current;

  ScatteredOrders(int index, int maxScattered) {
    this.index = index;
    this.maxScattered = maxScattered;
  }

  void add(SourceRow row) {
    String value = row.cell(index);
    value = value == null ? null : value.strip();
    if (value == null || value.isEmpty()) {
      current = null; // a row without a number is an order of its own
      return;
    }
    if (!value.equals(current) && lastRow.containsKey(value) && scattered.size() <= maxScattered) {
      scattered.put(value, 0);
    }
    current = value;
    lastRow.put(value, row.number());
  }

  int index() {
    return index;
  }

  /**
   * The numbers whose rows are scattered, each with its last row; empty when there are more than
   * the most this keeps.
   */
  Optional<Map<String, Integer>> scattered() {
    if (scattered.size() > maxScattered) {
      return Optional.empty();
    }
    Map<String, Integer> found = new LinkedHashMap<>();
    scattered.keySet().forEach(number -> found.put(number, lastRow.get(number)));
    return Optional.of(found);
  }
}
