package io.pyra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which module owns which table, view and sequence, learned from the migrations, and the places
 * where one module's SQL names another's. Plain text in, findings out, so that {@link
 * ModuleTablesTests} can run it both on the project and on made-up input.
 *
 * <p>A migration file is {@code V<version>__<module>_<what>.sql}; what it creates belongs to the
 * module its name says (the table names carry the same prefix; the few unprefixed tables, such as
 * {@code shedlock}, belong to the migration's module). Only whole identifiers count: {@code
 * customer_id} is a column, not the table {@code customer_customer}.
 */
final class ModuleTables {

  private static final Pattern FILE_NAME =
      Pattern.compile("V(\\d+)__([a-z]+)_.*\\.sql", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATE =
      Pattern.compile(
          "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:table|view|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?"
              + "\"?([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** One name of another module's table, where it was found. */
  record Finding(String file, int line, String name, String owner) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + name + " (owned by " + owner + ")";
    }
  }

  /** A migration's version and module, read from its file name; null when the name is not one. */
  record Migration(String file, long version, String module, String sql) {
    static Migration of(String file, String sql) {
      Matcher m = FILE_NAME.matcher(file.substring(file.lastIndexOf('/') + 1));
      return m.matches()
          ? new Migration(
              file, Long.parseLong(m.group(1)), m.group(2).toLowerCase(Locale.ROOT), sql)
          : null;
    }
  }

  private final Map<String, String> owners = new LinkedHashMap<>();
  private final Set<String> published;

  /**
   * @param published the published views any module may name (each one documented in its migration)
   */
  ModuleTables(Set<String> published) {
    this.published = Set.copyOf(published);
  }

  /** Learns the tables, views and sequences a migration creates. */
  ModuleTables learn(Migration migration) {
    Matcher m = CREATE.matcher(withoutComments(migration.sql()));
    while (m.find()) {
      owners.put(m.group(1).toLowerCase(Locale.ROOT), migration.module());
    }
    return this;
  }

  /** The module that created this table, view or sequence; null when no migration did. */
  String owner(String name) {
    return owners.get(name.toLowerCase(Locale.ROOT));
  }

  Map<String, String> owners() {
    return Map.copyOf(owners);
  }

  /** The names of other modules' tables in the string literals and text blocks of Java source. */
  List<Finding> inJava(String file, String module, String source) {
    List<Finding> findings = new ArrayList<>();
    for (Literal literal : literals(source)) {
      findings.addAll(names(file, module, literal.text(), literal.line()));
    }
    return findings;
  }

  /** The names of other modules' tables in a migration (comments left out). */
  List<Finding> inMigration(Migration migration) {
    return names(migration.file(), migration.module(), withoutComments(migration.sql()), 1);
  }

  private List<Finding> names(String file, String module, String text, int firstLine) {
    List<Finding> findings = new ArrayList<>();
    Matcher m = IDENTIFIER.matcher(text);
    while (m.find()) {
      String name = m.group().toLowerCase(Locale.ROOT);
      String owner = owners.get(name);
      if (owner != null && !owner.equals(module) && !published.contains(name)) {
        int line =
            firstLine + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        findings.add(new Finding(file, line, name, owner));
      }
    }
    return findings;
  }

  /** SQL without its comments, line breaks kept so that line numbers stay right. */
  static String withoutComments(String sql) {
    String noBlocks =
        Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL)
            .matcher(sql)
            .replaceAll(r -> r.group().replaceAll("[^\\n]", " "));
    return noBlocks.replaceAll("--[^\\n]*", "");
  }

  record Literal(int line, String text) {}

  /**
   * The string literals and text blocks of Java source with the line each starts on; comments and
   * char literals are skipped. Escapes are left as written (an identifier never contains one).
   */
  static List<Literal> literals(String source) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int start = i + 3;
        int end = start;
        while (end < n && !source.startsWith("\"\"\"", end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end, n);
        // the content starts on the line after the opening delimiter
        literals.add(new Literal(line, source.substring(start, end)));
        line += count(source, i, end);
        i = Math.min(end + 3, n);
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end, n);
        if (c == '"') {
          literals.add(new Literal(line, source.substring(i + 1, end)));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
