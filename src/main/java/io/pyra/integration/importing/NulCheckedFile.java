package io.pyra.integration.importing;

import java.util.List;
import java.util.function.Consumer;

/**
 * A file whose rows holding a NUL character (U+0000) are reported one by one: no text column takes
 * the character (PostgreSQL refuses it), so such a row (a vCard's card: a CSV file with one is
 * already refused on upload as not being text) is an unreadable row of its own instead of failing
 * the whole import. Header names and the readers' notes, which are only shown, get U+FFFD in its
 * place.
 */
final class NulCheckedFile implements TabularFile {

  private static final char NUL = 0;
  private static final char REPLACEMENT = '\uFFFD';

  private final TabularFile file;

  NulCheckedFile(TabularFile file) {
    this.file = file;
  }

  @Override
  public List<String> header() {
    return file.header().stream().map(NulCheckedFile::shown).toList();
  }

  @Override
  public char delimiter() {
    return file.delimiter();
  }

  @Override
  public void rows(int afterRow, Consumer<SourceRow> handler) {
    List<String> header = header();
    file.rows(afterRow, row -> handler.accept(checked(row, header)));
  }

  private static SourceRow checked(SourceRow row, List<String> header) {
    for (int i = 0; i < row.cells().size(); i++) {
      String cell = row.cells().get(i);
      if (cell != null && cell.indexOf(NUL) >= 0) {
        String column = i < header.size() ? header.get(i) : String.valueOf(i + 1);
        return new SourceRow(
            row.number(),
            List.of(),
            List.of("unreadable: the value of " + column + " contains a NUL character (U+0000)"));
      }
    }
    if (row.notes().stream().noneMatch(n -> n.indexOf(NUL) >= 0)) {
      return row;
    }
    return new SourceRow(
        row.number(), row.cells(), row.notes().stream().map(NulCheckedFile::shown).toList());
  }

  private static String shown(String text) {
    return text == null ? null : text.replace(NUL, REPLACEMENT);
  }
}
