package io.pyra.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The number of rows in every table of the application's schema, to show that nothing was written.
 */
final class RowCounts {

  /**
   * Tables that change without any request being accepted, so they are not counted:
   *
   * <ul>
   *   <li>{@code platform_audit_entry}: refused sign-ins (the malformed token requests, as {@code
   *       SIGN_IN_FAILED}) and a token's first use are audited on purpose;
   *   <li>{@code identity_sign_in_throttle}: every refused sign-in counts towards the throttle;
   *   <li>{@code spring_session}, {@code spring_session_attributes}: the API is stateless, but
   *       Spring Session's cleanup job deletes the expired page sessions of other test classes
   *       sharing the application every minute;
   *   <li>{@code shedlock}: the scheduled jobs (task reminders) take their lock whenever they run.
   * </ul>
   */
  static final Set<String> NOT_COUNTED =
      Set.of(
          "platform_audit_entry",
          "identity_sign_in_throttle",
          "spring_session",
          "spring_session_attributes",
          "shedlock");

  private final JdbcClient jdbc;

  RowCounts(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  Map<String, Long> now() {
    List<String> tables =
        jdbc.sql(
                """
            select table_name from information_schema.tables
            where table_schema = current_schema and table_type in ('BASE TABLE', 'TABLE')""")
            .query(String.class)
            .list();
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      String name = table.toLowerCase(java.util.Locale.ROOT);
      if (!NOT_COUNTED.contains(name)) {
        counts.put(name, jdbc.sql("select count(*) from " + name).query(Long.class).single());
      }
    }
    return counts;
  }
}
