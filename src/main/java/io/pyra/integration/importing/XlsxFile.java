package io.pyra.integration.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed with POI's SAX event reader (any size, little
 * memory).
 */
final class XlsxFile implements TabularFile {

  private final Path file;
  private List<String> header;

  XlsxFile(Path file) {
    this.file = file;
    header();
  }

  @Override
  public List<String> header() {
    if (header == null) {
      List<String> found = new ArrayList<>();
      read(
          row -> {
            if (row.number() == 1) {
              found.addAll(row.cells());
              throw new Stop();
            }
          },
          true);
      if (found.stream().allMatch(s -> s == null || s.isBlank())) {
        throw new ImportFileException("import.file.empty");
      }
      header = found.stream().map(s -> s == null ? "" : s.strip()).toList();
    }
    return header;
  }

  @Override
  public void rows(int afterRow, Consumer<SourceRow> handler) {
    read(
        row -> {
          if (row.number() > 1
              && row.number() > afterRow
              && !row.cells().stream().allMatch(s -> s == null || s.isBlank())) {
            handler.accept(row);
          }
        },
        false);
  }

  private void read(Consumer<SourceRow> handler, boolean headerOnly) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new ImportFileException("import.file.empty");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                strings,
                new Rows(handler),
                new DataFormatter(),
                false));
        parser.parse(new InputSource(sheet));
      }
    } catch (Stop stop) {
      // header read
    } catch (ImportFileException e) {
      throw e;
    } catch (OpenXML4JException
        | IOException
        | SAXException
        | ParserConfigurationException
        | IllegalArgumentException e) {
      throw new ImportFileException("import.file.not-xlsx");
    } catch (org.apache.poi.ooxml.POIXMLException e) {
      throw new ImportFileException("import.file.not-xlsx");
    }
  }

  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final Consumer<SourceRow> handler;
    private List<String> cells;
    private int rowNumber;

    Rows(Consumer<SourceRow> handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      handler.accept(new SourceRow(rowNumber, cells, List.of()));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }
  }
}
