package io.pyra.querykit.example;

import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the query-kit rule forbids, one way per method; {@code QueryKitArchitectureTests} proves the
 * rule reports each. Test code, never run, outside the scan of the main classes.
 */
@SuppressWarnings("unused")
class SplicingQueries {

  private static final String SELECT = "select id from customer_customer c where ";
  private static final String ORDER = " order by c.id";

  private final JdbcClient jdbc;

  SplicingQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<UUID> concatenation(String column) {
    return jdbc.sql(SELECT + column + " = 1").query(UUID.class).list();
  }

  List<UUID> format(String column) {
    return jdbc.sql(String.format("select id from t where %s = 1", column))
        .query(UUID.class)
        .list();
  }

  List<UUID> formatted(String column) {
    return jdbc.sql("select id from t where %s = 1".formatted(column)).query(UUID.class).list();
  }

  List<UUID> builder(String column) {
    StringBuilder sql = new StringBuilder(SELECT).append(column);
    return jdbc.sql(sql.toString()).query(UUID.class).list();
  }

  List<UUID> join(List<String> conditions) {
    return jdbc.sql(SELECT + String.join(" and ", conditions)).query(UUID.class).list();
  }

  List<UUID> inALambda(List<String> columns) {
    return columns.stream()
        .flatMap(c -> jdbc.sql("select id from t where " + c).query(UUID.class).list().stream())
        .toList();
  }

  List<UUID> capturedByALambda(String column, List<String> values) {
    String sql = SELECT + column + " = :v";
    return values.stream()
        .flatMap(v -> jdbc.sql(sql).param("v", v).query(UUID.class).list().stream())
        .toList();
  }

  List<UUID> throughAHelper(String column) {
    return ids(SELECT + column + " = 1");
  }

  private List<UUID> ids(String sql) {
    return jdbc.sql(sql).query(UUID.class).list();
  }

  QueryPart queryPart(String column) {
    return QueryPart.of("c." + column + " = :x", "x", 1);
  }

  Where where(String column) {
    return new Where().and(column + " is null");
  }

  /** Allowed: text built by a row mapper is a label, not SQL. */
  List<String> labelsInARowMapper() {
    return jdbc.sql("select code, name from customer_customer")
        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }

  /** Allowed: constants only, folded by javac, and the kit assembling the statement. */
  List<UUID> constantsOnly(Where where) {
    return where.query(jdbc, SELECT + "1 = 1 and ", ORDER).query(UUID.class).list();
  }
}
