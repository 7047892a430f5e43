package io.pyra.integration.importing;

import java.util.List;

/**
 * One data row of an uploaded file: its number as the user sees it (the header is row 1), its cells
 * in header order, and notes about defects the reader repaired (vCard warnings).
 */
public record SourceRow(int number, List<String> cells, List<String> notes) {

  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : null;
  }
}
