package io.pyra.integration.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Excel writes it: UTF-8 (with or without BOM) or GBK/GB18030, detected by strict
 * decoding; comma, semicolon or tab, sniffed from the header line; Excel's quoting.
 */
final class CsvFile implements TabularFile {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final Path file;
  private final Charset charset;
  private final boolean bom;
  private final char delimiter;
  private List<String> header;

  CsvFile(Path file) {
    this.file = file;
    this.bom = hasUtf8Bom(file);
    this.charset = detect(file, bom);
    this.delimiter = sniff(firstLine());
  }

  Charset charset() {
    return charset;
  }

  @Override
  public char delimiter() {
    return delimiter;
  }

  @Override
  public List<String> header() {
    if (header == null) {
      List<String> found = new ArrayList<>();
      rowsFrom(-1, row -> found.addAll(row.cells()), true);
      if (found.stream().allMatch(String::isBlank)) {
        throw new ImportFileException("import.file.empty");
      }
      header = found.stream().map(String::strip).toList();
    }
    return header;
  }

  @Override
  public void rows(int afterRow, Consumer<SourceRow> handler) {
    rowsFrom(afterRow, handler, false);
  }

  private void rowsFrom(int afterRow, Consumer<SourceRow> handler, boolean headerOnly) {
    CSVFormat format =
        CSVFormat.EXCEL
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setLenientEof(false)
            .setTrailingData(false)
            .get();
    CSVParser parser = null;
    try (Reader reader = reader()) {
      parser = CSVParser.parse(reader, format);
      boolean first = true;
      for (CSVRecord record : parser) {
        if (first) {
          first = false;
          if (headerOnly) {
            handler.accept(new SourceRow(1, record.toList(), List.of()));
            return;
          }
          continue;
        }
        int number = (int) record.getRecordNumber();
        if (number <= afterRow) {
          continue;
        }
        String[] cells = new String[record.size()];
        boolean blank = true;
        for (int i = 0; i < cells.length; i++) {
          cells[i] = record.get(i);
          blank &= cells[i].isBlank();
        }
        if (blank) {
          continue;
        }
        handler.accept(new SourceRow(number, Arrays.asList(cells), List.of()));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      long line = parser == null ? 0 : parser.getCurrentLineNumber();
      throw new ImportFileException("import.file.quoting", Math.max(1, line));
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable", e.getMessage());
    }
  }

  private Reader reader() throws IOException {
    InputStream in = Files.newInputStream(file);
    if (bom) {
      in.skipNBytes(3);
    }
    return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
  }

  private String firstLine() {
    try (BufferedReader reader = (BufferedReader) reader()) {
      String line = reader.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable", e.getMessage());
    }
  }

  static char sniff(String line) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static boolean hasUtf8Bom(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      return head.length == 3
          && (head[0] & 0xFF) == 0xEF
          && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF;
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable", e.getMessage());
    }
  }

  /** Strict UTF-8 when the whole file decodes as such, else strict GB18030; neither: refused. */
  static Charset detect(Path file, boolean bom) {
    if (decodes(file, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (!bom && decodes(file, GB18030)) {
      return GB18030;
    }
    throw new ImportFileException("import.file.encoding");
  }

  private static boolean decodes(Path file, Charset charset) {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
      char[] buffer = new char[1 << 16];
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        for (int i = 0; i < n; i++) {
          char c = buffer[i];
          if (c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            return false;
          }
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable", e.getMessage());
    }
  }
}
