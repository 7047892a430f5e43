package io.pyra.platform.bulk;

import io.pyra.platform.SqlTime;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Appends many rows to a table in the caller's transaction: PostgreSQL {@code COPY} (one round trip
 * for thousands of rows), batched inserts on H2. Used by the bulk paths of the modules (the import
 * writes customers through the customer module and its own rows through integration), each for its
 * own tables. Table and column names are the calling module's constants, never input.
 */
@Component
public class BulkRows {

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  BulkRows(DataSource dataSource, JdbcTemplate jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Whether the database is PostgreSQL (else H2). */
  public boolean postgres() {
    if (postgres == null) {
      postgres =
          jdbc.execute(
              (Connection c) ->
                  c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }
    return postgres;
  }

  /**
   * A chunk's commit does not wait for its WAL to reach the disk. A crash can then lose the last
   * chunks' commits, but never part of one: a bulk path that records its progress in the same
   * transaction redoes exactly what was lost. The rest of the server keeps synchronous commits.
   */
  public void commitWithoutWaiting() {
    if (postgres()) {
      jdbc.execute("set local synchronous_commit = off");
    }
  }

  /**
   * Appends {@code rows} (values in the order of {@code columns}; instants as UTC) to {@code
   * table}.
   */
  public void insert(String table, String columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (postgres()) {
      copy(table, columns, rows);
    } else {
      String marks = String.join(", ", Collections.nCopies(columns.split(",").length, "?"));
      jdbc.batchUpdate(
          "insert into " + table + " (" + columns + ") values (" + marks + ")",
          rows.stream().map(BulkRows::jdbcValues).toList());
    }
  }

  private static Object[] jdbcValues(Object[] row) {
    Object[] out = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i] instanceof Instant instant ? SqlTime.utc(instant) : row[i];
    }
    return out;
  }

  /**
   * {@code COPY table (columns) FROM STDIN} in CSV, on the transaction's connection, streamed: the
   * server takes in each 64 KB of rows while the next ones are written out. Strings are quoted (an
   * empty one is not NULL); numbers, ids, days and moments are written as they are.
   */
  private void copy(String table, String columns, List<Object[]> rows) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    PGCopyOutputStream stream = null;
    try {
      PGConnection pg = connection.unwrap(PGConnection.class);
      stream =
          new PGCopyOutputStream(
              pg, "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", 1 << 16);
      Writer csv = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      StringBuilder line = new StringBuilder(256);
      // the rows of a chunk carry the same moment (created, updated): it is written out once
      Object lastTime = null;
      String lastTimeText = null;
      for (Object[] row : rows) {
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            line.append(',');
          }
          Object value = row[i];
          if (value instanceof Instant || value instanceof java.time.OffsetDateTime) {
            if (value != lastTime) {
              lastTime = value;
              lastTimeText = value.toString();
            }
            line.append(lastTimeText);
          } else if (value instanceof String text) {
            quote(line, text);
          } else if (value != null) {
            line.append(value);
          }
        }
        line.append('\n');
        csv.append(line);
      }
      csv.flush();
      stream.endCopy();
      stream = null;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
    } finally {
      if (stream != null && stream.isActive()) {
        try {
          stream.cancelCopy();
        } catch (SQLException ignored) {
          // the transaction fails with the exception above
        }
      }
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void quote(StringBuilder csv, String text) {
    csv.append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        csv.append('"');
      }
      csv.append(ch);
    }
    csv.append('"');
  }
}
