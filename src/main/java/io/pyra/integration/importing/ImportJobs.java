package io.pyra.integration.importing;

import io.pyra.platform.SqlTime;
import io.pyra.platform.bulk.BulkRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The import jobs, their per-row outcomes and errors, and the saved mappings (plain SQL). */
@Repository
public class ImportJobs {

  private static final String COLUMNS =
      """
      id, created_by, created_by_name, entity, file_name, format, stored_file, headers, mapping, mode, dry_run, status,
      total_rows, processed_rows, created_count, updated_count, skipped_count, error_count, last_committed_row,
      message, created_at, finished_at""";

  private final JdbcClient jdbc;
  private final BulkRows bulk;
  private final JsonMapper json;

  ImportJobs(JdbcClient jdbc, BulkRows bulk, JsonMapper json) {
    this.jdbc = jdbc;
    this.bulk = bulk;
    this.json = json;
  }

  /** Keeps the delimiter of an uploaded CSV, to write its file of rejected rows with the same. */
  /**
   * What an upload found of an order file's numbers: the column it took them from, and the numbers
   * whose rows are not one after the other, each with its last row.
   */
  public record OrderRows(int column, Map<String, Integer> scattered) {}

  /**
   * Keeps the delimiter of an uploaded CSV and, for an order file, what it found of its numbers.
   */
  public void delimiter(UUID id, char delimiter, OrderRows orders) {
    jdbc.sql(
            "update integration_import set delimiter = ?, order_column = ?, scattered_orders = ?"
                + " where id = ?")
        .params(
            String.valueOf(delimiter),
            orders == null ? null : orders.column(),
            orders == null ? null : json.writeValueAsString(orders.scattered()),
            id)
        .update();
  }

  /** What the upload found of the file's order numbers, when it kept it. */
  public java.util.Optional<OrderRows> orderRows(UUID id) {
    return jdbc
        .sql("select order_column, scattered_orders from integration_import where id = ?")
        .param(id)
        .query(
            (rs, n) -> {
              Integer column = rs.getObject(1, Integer.class);
              String scattered = rs.getString(2);
              return column == null || scattered == null
                  ? null
                  : new OrderRows(
                      column,
                      json.readValue(scattered, new TypeReference<Map<String, Integer>>() {}));
            })
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** The delimiter of the uploaded CSV (a comma for other formats and older imports). */
  public char delimiter(UUID id) {
    String kept =
        jdbc.sql("select delimiter from integration_import where id = ?")
            .param(id)
            .query(String.class)
            .optional()
            .orElse(null);
    return kept == null || kept.isEmpty() ? ',' : kept.charAt(0);
  }

  /**
   * Keeps what a sales import names for the whole file: the time zone of times without an offset
   * and the currency of rows without one (null: the company's zone, the base currency).
   */
  public void options(UUID id, String timeZone, String currency) {
    jdbc.sql("update integration_import set time_zone = ?, currency = ? where id = ?")
        .params(timeZone, currency, id)
        .update();
  }

  /** The time zone and currency kept for the import. */
  public Options options(UUID id) {
    return jdbc.sql("select time_zone, currency from integration_import where id = ?")
        .param(id)
        .query(Options.class)
        .optional()
        .orElse(new Options(null, null));
  }

  /** The time zone and currency an import names for its file (null: the defaults). */
  public record Options(String timeZone, String currency) {}

  /** Keeps who works the cases of an import of past cases: the team and the assignee. */
  public void caseOptions(UUID id, UUID teamId, UUID assigneeId) {
    jdbc.sql("update integration_import set case_team_id = ?, case_assignee_id = ? where id = ?")
        .params(teamId, assigneeId, id)
        .update();
  }

  /** The team and assignee kept for an import of past cases (null: none kept). */
  public CaseOptions caseOptions(UUID id) {
    return jdbc.sql("select case_team_id, case_assignee_id from integration_import where id = ?")
        .param(id)
        .query(CaseOptions.class)
        .optional()
        .orElse(new CaseOptions(null, null));
  }

  /** Who works the cases of an import: the team and the assignee (null: nobody). */
  public record CaseOptions(UUID caseTeamId, UUID caseAssigneeId) {}

  public void insert(ImportJob job) {
    jdbc.sql(
            "insert into integration_import ("
                + COLUMNS
                + ") values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            job.id(),
            job.createdBy(),
            job.createdByName(),
            job.entity(),
            job.fileName(),
            job.format(),
            job.storedFile(),
            job.headers(),
            job.mapping(),
            job.mode(),
            job.dryRun(),
            job.status(),
            job.totalRows(),
            job.processedRows(),
            job.createdCount(),
            job.updatedCount(),
            job.skippedCount(),
            job.errorCount(),
            job.lastCommittedRow(),
            job.message(),
            SqlTime.utc(job.createdAt()),
            null)
        .update();
  }

  public Optional<ImportJob> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from integration_import where id = ?")
        .param(id)
        .query(ImportJob.class)
        .optional();
  }

  public List<ImportJob> byUser(UUID userId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from integration_import where created_by = ? order by created_at desc limit ?")
        .params(userId, limit)
        .query(ImportJob.class)
        .list();
  }

  public List<ImportJob> withStatus(String... statuses) {
    return jdbc.sql("select " + COLUMNS + " from integration_import where status in (:statuses)")
        .param("statuses", List.of(statuses))
        .query(ImportJob.class)
        .list();
  }

  /**
   * Sets the mapping, mode and dry-run flag and queues the job; only a job that is not running. The
   * counts of an earlier dry run are cleared (a resumed import keeps what it committed), so nothing
   * shows progress or counts of a run that has not started.
   */
  public boolean queue(UUID id, String mapping, String mode, boolean dryRun) {
    return jdbc.sql(
                """
            update integration_import set mapping = ?, mode = ?, dry_run = ?, status = 'QUEUED', message = null,
                   processed_rows = case when last_committed_row > 0 then processed_rows else 0 end,
                   created_count = case when last_committed_row > 0 then created_count else 0 end,
                   updated_count = case when last_committed_row > 0 then updated_count else 0 end,
                   skipped_count = case when last_committed_row > 0 then skipped_count else 0 end,
                   error_count = case when last_committed_row > 0 then error_count else 0 end
             where id = ? and status not in ('QUEUED', 'VALIDATING', 'RUNNING', 'COMPLETED')""")
            .params(mapping, mode, dryRun, id)
            .update()
        == 1;
  }

  public void start(UUID id, String status, int totalRows, boolean resetCounts) {
    if (resetCounts) {
      jdbc.sql("delete from integration_import_row where import_id = ?").param(id).update();
      jdbc.sql("delete from integration_import_error where import_id = ?").param(id).update();
      jdbc.sql(
              """
              update integration_import set status = ?, total_rows = ?, processed_rows = 0, created_count = 0,
                     updated_count = 0, skipped_count = 0, error_count = 0, message = null, finished_at = null
               where id = ?""")
          .params(status, totalRows, id)
          .update();
    } else {
      jdbc.sql(
              "update integration_import set status = ?, total_rows = ?, message = null where id = ?")
          .params(status, totalRows, id)
          .update();
    }
  }

  public void progress(
      UUID id,
      int processed,
      int created,
      int updated,
      int skipped,
      int errors,
      int lastCommitted) {
    jdbc.sql(
            """
            update integration_import set processed_rows = ?, created_count = created_count + ?,
                   updated_count = updated_count + ?, skipped_count = skipped_count + ?, error_count = error_count + ?,
                   last_committed_row = ?
             where id = ?""")
        .params(processed, created, updated, skipped, errors, lastCommitted, id)
        .update();
  }

  public void finish(UUID id, String status, String message) {
    jdbc.sql("update integration_import set status = ?, message = ?, finished_at = ? where id = ?")
        .params(status, message, SqlTime.utc(Instant.now()), id)
        .update();
  }

  public void rows(UUID id, List<RowOutcome> outcomes) {
    rows(id, outcomes, List.of(), false);
  }

  /**
   * Records the outcomes of a chunk's rows; a rejected row keeps its cells as {@code source} gave
   * them. With {@code runs}, consecutive rows with the same action and label and nothing else to
   * say (the lines of one order) are kept as one run.
   */
  public void rows(UUID id, List<RowOutcome> outcomes, List<SourceRow> source, boolean runs) {
    if (outcomes.isEmpty()) {
      return;
    }
    jdbc.sql(
            "delete from integration_import_row where import_id = ? and row_number between ? and ?")
        .params(id, outcomes.getFirst().rowNumber(), outcomes.getLast().rowNumber())
        .update();
    jdbc.sql(
            "delete from integration_import_error where import_id = ? and row_number between ? and ?")
        .params(id, outcomes.getFirst().rowNumber(), outcomes.getLast().rowNumber())
        .update();
    List<Object[]> outcomeRows = new java.util.ArrayList<>();
    List<Object[]> errors = new java.util.ArrayList<>();
    java.util.Map<Integer, List<String>> cells = new java.util.HashMap<>();
    if (outcomes.stream().anyMatch(o -> RowOutcome.ERROR.equals(o.action()))) {
      for (SourceRow row : source) {
        cells.put(row.number(), row.cells());
      }
    }
    Object[] run = null; // the outcome the next plain row may extend (its last_row: index 8)
    for (RowOutcome o : outcomes) {
      boolean error = RowOutcome.ERROR.equals(o.action());
      RowOutcome.Matched matched = o.matched();
      boolean plain = !error && matched == null && o.problems().isEmpty();
      String label = cut(o.label(), 300);
      if (runs
          && plain
          && run != null
          && (int) (run[8] == null ? run[1] : run[8]) == o.rowNumber() - 1
          && run[2].equals(o.action())
          && java.util.Objects.equals(run[3], label)) {
        run[8] = o.rowNumber(); // one more row of the run
        continue;
      }
      List<String> rejected = error ? cells.get(o.rowNumber()) : null;
      Object[] outcome =
          new Object[] {
            id,
            o.rowNumber(),
            o.action(),
            label,
            rejected == null ? null : json.writeValueAsString(rejected),
            matched == null ? null : cut(matched.code(), 60),
            matched == null ? null : cut(matched.name(), 300),
            matched == null ? null : cut(matched.key(), 10),
            null
          };
      outcomeRows.add(outcome);
      run = plain ? outcome : null;
      int position = 0;
      for (RowOutcome.Problem p : o.problems()) {
        errors.add(
            new Object[] {
              id,
              o.rowNumber(),
              position++,
              cut(p.column(), 300),
              cut(p.field(), 100),
              cut(p.rule(), 60),
              cut(p.message(), 2000),
              p.fatal()
            });
      }
    }
    bulk.insert(
        "integration_import_row",
        "import_id, row_number, action, label, source_cells, matched_code, matched_name, matched_by,"
            + " last_row",
        outcomeRows);
    bulk.insert(
        "integration_import_error",
        "import_id, row_number, position, column_name, field, rule, message, fatal",
        errors);
  }

  public List<RowView> rowPage(UUID id, String action, int offset, int limit) {
    return jdbc.sql(
            """
            select r.row_number, coalesce(r.last_row, r.row_number) as last_row, r.action, r.label,
                   r.matched_code, r.matched_name, r.matched_by
              from integration_import_row r
             where r.import_id = :id and (:action = '' or r.action = :action)
             order by r.row_number limit :limit offset :offset""")
        .param("id", id)
        .param("action", action == null ? "" : action)
        .param("limit", limit)
        .param("offset", offset)
        .query(RowView.class)
        .list();
  }

  public List<ErrorView> errors(UUID id, int fromRow, int toRow) {
    return jdbc.sql(
            """
            select row_number, column_name, field, rule, message, fatal from integration_import_error
             where import_id = ? and row_number between ? and ? order by row_number, position""")
        .params(id, fromRow, toRow)
        .query(ErrorView.class)
        .list();
  }

  public List<ErrorView> firstErrors(UUID id, int limit) {
    return jdbc.sql(
            """
            select row_number, column_name, field, rule, message, fatal from integration_import_error
             where import_id = ? order by row_number, position limit ?""")
        .params(id, limit)
        .query(ErrorView.class)
        .list();
  }

  /**
   * Hands each error of the import to the consumer, in row order, without holding them all in
   * memory. The stream holds a connection until it is closed, so it is closed here whatever the
   * consumer does (a client gone midway included).
   */
  public void eachError(UUID id, java.util.function.Consumer<ErrorView> consumer) {
    try (java.util.stream.Stream<ErrorView> errors =
        jdbc
            .sql(
                """
            select row_number, column_name, field, rule, message, fatal from integration_import_error
             where import_id = ? order by row_number, position""")
            .param(id)
            .query(ErrorView.class)
            .stream()) {
      errors.forEach(consumer);
    }
  }

  /**
   * Hands each rejected row of the import to the consumer, in row order, with its cells as the file
   * gave them and its errors; rows without kept cells (imports run before they were kept) are left
   * out.
   */
  public void eachRejectedRow(UUID id, java.util.function.Consumer<RejectedRow> consumer) {
    RejectedRow[] pending = {null};
    try (java.util.stream.Stream<KeptRow> rows =
        jdbc
            .sql(
                """
            select r.row_number, r.source_cells, e.column_name, e.field, e.rule, e.message, e.fatal
              from integration_import_row r
              left join integration_import_error e
                on e.import_id = r.import_id and e.row_number = r.row_number
             where r.import_id = ? and r.action = 'ERROR' and r.source_cells is not null
             order by r.row_number, e.position""")
            .param(id)
            .query(KeptRow.class)
            .stream()) {
      rows.forEach(
          row -> {
            RejectedRow current = pending[0];
            if (current == null || current.rowNumber() != row.rowNumber()) {
              if (current != null) {
                consumer.accept(current);
              }
              current =
                  new RejectedRow(
                      row.rowNumber(),
                      json.readValue(row.sourceCells(), new TypeReference<List<String>>() {}),
                      new java.util.ArrayList<>());
              pending[0] = current;
            }
            if (row.rule() != null) {
              current
                  .errors()
                  .add(
                      new ErrorView(
                          row.rowNumber(),
                          row.columnName(),
                          row.field(),
                          row.rule(),
                          row.message(),
                          Boolean.TRUE.equals(row.fatal())));
            }
          });
    }
    if (pending[0] != null) {
      consumer.accept(pending[0]);
    }
  }

  private record KeptRow(
      int rowNumber,
      String sourceCells,
      String columnName,
      String field,
      String rule,
      String message,
      Boolean fatal) {}

  /** A rejected row: its number, its cells as the file gave them, and its errors. */
  public record RejectedRow(int rowNumber, List<String> cells, List<ErrorView> errors) {}

  public void saveMapping(String name, String entity, String mapping, UUID userId) {
    int changed =
        jdbc.sql("update integration_import_mapping set mapping = ? where entity = ? and name = ?")
            .params(mapping, entity, name)
            .update();
    if (changed == 0) {
      jdbc.sql(
              "insert into integration_import_mapping (id, name, entity, mapping, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
          .params(
              io.pyra.platform.Ids.newId(),
              name,
              entity,
              mapping,
              userId,
              SqlTime.utc(Instant.now()))
          .update();
    }
  }

  public List<SavedMapping> mappings(String entity) {
    return jdbc.sql(
            "select id, name, entity, mapping from integration_import_mapping where entity = ? order by name")
        .param(entity)
        .query(SavedMapping.class)
        .list();
  }

  public Optional<SavedMapping> mapping(UUID id) {
    return jdbc.sql("select id, name, entity, mapping from integration_import_mapping where id = ?")
        .param(id)
        .query(SavedMapping.class)
        .optional();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /**
   * A row's outcome as listed on the dry-run page: the stored customer it was matched to (code,
   * name and the key: code, email or phone), if any.
   */
  /**
   * One outcome: of one row, or of a run of consecutive rows with the same action and label from
   * {@code rowNumber} to {@code lastRow} (the lines of one order).
   */
  public record RowView(
      int rowNumber,
      int lastRow,
      String action,
      String label,
      String matchedCode,
      String matchedName,
      String matchedBy) {}

  /**
   * One error of a row: the column, the field, the rule and the message in the importer's language.
   */
  public record ErrorView(
      int rowNumber, String columnName, String field, String rule, String message, boolean fatal) {}

  /** A mapping saved by name for reuse. */
  public record SavedMapping(UUID id, String name, String entity, String mapping) {}
}
