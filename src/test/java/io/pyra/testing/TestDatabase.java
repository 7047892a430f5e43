package io.pyra.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh database for each test application context: an in-memory H2 database, or, when the suite
 * runs with {@code -Dpyra.test.db=postgresql}, a new PostgreSQL database with a random name on the
 * server at {@code pyra.test.pg.url}, dropped when the test JVM ends.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static boolean isPostgres() {
    return "postgresql".equals(System.getProperty("pyra.test.db", "h2"));
  }

  /** Spring datasource properties for a new, empty database. */
  public static Map<String, String> create() {
    String name =
        "pyra_test_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    if (!isPostgres()) {
      return Map.of(
          "spring.datasource.url",
              "jdbc:h2:mem:"
                  + name
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "spring.datasource.username", "sa",
          "spring.datasource.password", "");
    }
    String adminUrl = System.getProperty("pyra.test.pg.url", "");
    if (adminUrl.isBlank()) {
      adminUrl = "jdbc:postgresql://localhost:5432/postgres";
    }
    String user = System.getProperty("pyra.test.pg.user", "postgres");
    String password = System.getProperty("pyra.test.pg.password", "");
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the test database on " + adminUrl + ": " + e.getMessage(), e);
    }
    String finalAdminUrl = adminUrl;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> drop(finalAdminUrl, user, password, name)));
    String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    // every cached test context keeps its pool: idle, each gives its connections back down to two,
    // so that a dozen contexts stay under the server's max_connections (100)
    return Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", user,
        "spring.datasource.password", password,
        "spring.datasource.hikari.minimum-idle", "2",
        "spring.datasource.hikari.idle-timeout", "10000");
  }

  // The application contexts close in shutdown hooks of their own, at the same time as this one:
  // dropping the database under them would leave their pools and schedulers waiting for a
  // connection until the test JVM is killed. The drop waits (a while) for their connections to go.
  private static void drop(String adminUrl, String user, String password, String name) {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement();
        PreparedStatement sessions =
            connection.prepareStatement(
                "select count(*) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
      sessions.setString(1, name);
      for (int i = 0; i < 150 && open(sessions) > 0; i++) {
        Thread.sleep(100);
      }
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("could not drop test database " + name + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long open(PreparedStatement sessions) throws SQLException {
    try (ResultSet rs = sessions.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
