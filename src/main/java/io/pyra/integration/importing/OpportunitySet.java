package io.pyra.integration.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a sales pipeline set as one upload: a zip holding {@code accounts.csv}, {@code
 * products.csv}, {@code sales_teams.csv} and {@code sales_pipeline.csv} (recognised by their names:
 * account, product, team, and pipeline or opportunit…; other entries are left out), or the pipeline
 * CSV alone, whose accounts, products and agents must then exist. The pipeline is the table the
 * import's rows, mapping, errors and rejected rows are about; the other three are read whole before
 * it.
 */
final class OpportunitySet {

  /** The parts of a set. */
  enum Part {
    ACCOUNTS,
    PRODUCTS,
    TEAMS,
    PIPELINE
  }

  /** An entry may not unpack to more than this (the real set is under one megabyte). */
  private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  private final Map<Part, Path> parts;

  private OpportunitySet(Map<Part, Path> parts) {
    this.parts = parts;
  }

  /** The set of an uploaded file: a zip is unpacked next to it (once), a CSV is the pipeline. */
  static OpportunitySet open(Path stored, String format) {
    Map<Part, Path> parts = new EnumMap<>(Part.class);
    if (!"zip".equals(format)) {
      parts.put(Part.PIPELINE, stored);
      return new OpportunitySet(parts);
    }
    Path directory = stored.resolveSibling(stored.getFileName() + ".parts");
    try {
      if (!Files.isDirectory(directory)) {
        unpack(stored, directory);
      }
      try (var files = Files.list(directory)) {
        files.forEach(f -> parts.put(Part.valueOf(f.getFileName().toString()), f));
      }
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable", e.getMessage());
    }
    if (!parts.containsKey(Part.PIPELINE)) {
      throw new ImportFileException("import.opportunities.no-pipeline");
    }
    return new OpportunitySet(parts);
  }

  TabularFile pipeline() {
    return new NulCheckedFile(new CsvFile(parts.get(Part.PIPELINE)));
  }

  /** The part, when the upload holds it. */
  Optional<TabularFile> part(Part part) {
    return Optional.ofNullable(parts.get(part)).map(CsvFile::new);
  }

  /** Which part an entry of the zip is, by its file name; empty for other entries. */
  static Optional<Part> partOf(String entryName) {
    String name = Path.of(entryName.replace('\\', '/')).getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv") || lower.startsWith(".") || entryName.contains("__MACOSX")) {
      return Optional.empty();
    }
    if (lower.contains("pipeline") || lower.contains("opportunit")) {
      return Optional.of(Part.PIPELINE);
    }
    if (lower.contains("account")) {
      return Optional.of(Part.ACCOUNTS);
    }
    if (lower.contains("product")) {
      return Optional.of(Part.PRODUCTS);
    }
    if (lower.contains("team")) {
      return Optional.of(Part.TEAMS);
    }
    return Optional.empty();
  }

  private static void unpack(Path zip, Path directory) throws IOException {
    Path partial = Files.createTempDirectory(zip.getParent(), "parts");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        Optional<Part> part = partOf(entry.getName());
        if (part.isPresent()) {
          copy(in, partial.resolve(part.get().name()));
        }
      }
    } catch (IllegalArgumentException | java.util.zip.ZipException e) {
      throw new ImportFileException("import.opportunities.not-zip");
    }
    try {
      Files.move(partial, directory);
    } catch (IOException e) {
      if (!Files.isDirectory(directory)) {
        throw e;
      }
    }
  }

  private static void copy(InputStream in, Path target) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        total += read;
        if (total > MAX_ENTRY_BYTES) {
          throw new ImportFileException("import.opportunities.too-large");
        }
        out.write(buffer, 0, read);
      }
    }
  }

  /** Deletes the unpacked parts of an upload, if any. */
  static void deleteParts(Path stored) {
    Path directory = stored.resolveSibling(stored.getFileName() + ".parts");
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (var files = Files.list(directory)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
