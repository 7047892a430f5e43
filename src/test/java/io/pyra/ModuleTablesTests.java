package io.pyra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.ModuleTables.Finding;
import io.pyra.ModuleTables.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A module reads and writes only its own tables (issue 11, point 1): the SQL in one module's Java
 * code and migrations names no table, view or sequence of another module, except the published
 * read-only views below, and no foreign key runs from one module's table to another's. Which module
 * owns what is learned from the migrations ({@code V<version>__<module>_…}; the table names carry
 * the module as prefix).
 *
 * <p>Migrations up to the groundwork ({@value #GROUNDWORK}) are applied history and are never
 * edited: some of them still name other modules' tables (the foreign keys they created are dropped
 * by later migrations), so only later migrations are read for (b). The schema check (c) reads the
 * result of all of them.
 */
class ModuleTablesTests {

  /**
   * The last migration of the groundwork: later migrations must name only their module's tables.
   */
  static final long GROUNDWORK = 202612051201L;

  /**
   * The read-only views a module publishes for other modules' joins, each documented in the
   * migration that creates it. Keep this short: a facade method or an event is the first choice.
   */
  static final Set<String> PUBLISHED_VIEWS =
      Set.of(
          "identity_user_view", // names, org unit and supervisor of the people on lists and boards
          "identity_org_unit_view", // org unit names and the tree path, for boards and filters
          "customer_card_view", // code, name, owner and org unit of the customer on lists
          "customer_contact_view", // the contact person's name on contact-record lists
          "customer_sector_view", // sectors and their tree path, for scheme audiences by sector
          "customer_field_view", // custom field definitions, for scheme audiences by custom field
          "customer_field_value_view", // custom field values, for scheme audiences by custom field
          "sales_customer_day_view", // what each customer bought per day, for analytics' figures
          "sales_customer_opportunity_view", // when a customer's opportunities opened (prospects)
          "interaction_customer_contact_view", // when a customer was contacted (prospects,
          // activity)
          "interaction_type_view", // the types of contact records an activity pyramid counts
          "sales_customer_payment_view", // how each customer's instalments were paid, for grades
          "analytics_customer_value_view", // a customer's current value tier and grade (card,
          // lists)
          "analytics_customer_rfm_view", // a customer's RFM scores and segment (the list's filter)
          "analytics_rfm_segment_view"); // the named RFM segments (the list's segment choices)

  private static final Path JAVA = Path.of("src/main/java/io/pyra");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Test
  void javaSqlNamesOnlyItsModulesTablesAndPublishedViews() throws IOException {
    ModuleTables tables = learned();
    List<Finding> findings = new ArrayList<>();
    for (Path file : files(JAVA, ".java")) {
      String module = JAVA.relativize(file).getName(0).toString();
      findings.addAll(tables.inJava(file.toString(), module, read(file)));
    }
    assertThat(findings)
        .as("SQL naming another module's tables (use its API or a published view)")
        .isEmpty();
  }

  @Test
  void migrationsAfterTheGroundworkNameOnlyTheirModulesTables() throws IOException {
    ModuleTables tables = learned();
    List<Finding> findings =
        migrations().stream()
            .filter(m -> m.version() > GROUNDWORK)
            .flatMap(m -> tables.inMigration(m).stream())
            .toList();
    assertThat(findings).as("migrations naming another module's tables").isEmpty();
  }

  @Test
  void noForeignKeyRunsFromOneModulesTableToAnothers() throws SQLException, IOException {
    ModuleTables tables = learned();
    String url =
        "jdbc:h2:mem:module-tables;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    List<String> crossing = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> names = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(names).as("tables read from the migrated schema").contains("customer_customer");
      for (String table : names) {
        try (ResultSet rs = meta.getImportedKeys(null, "public", table)) {
          while (rs.next()) {
            String from = tables.owner(table);
            String to = tables.owner(rs.getString("PKTABLE_NAME"));
            if (!Objects.equals(from, to)) {
              crossing.add(
                  rs.getString("FK_NAME")
                      + ": "
                      + table
                      + " ("
                      + from
                      + ") -> "
                      + rs.getString("PKTABLE_NAME")
                      + " ("
                      + to
                      + ")");
            }
          }
        }
      }
      connection.createStatement().execute("DROP ALL OBJECTS");
    }
    assertThat(crossing).as("foreign keys between modules").isEmpty();
  }

  @Test
  void learnsOwnersFromTheMigrations() throws IOException {
    ModuleTables tables = learned();
    assertThat(tables.owner("customer_customer")).isEqualTo("customer");
    assertThat(tables.owner("identity_user_view")).isEqualTo("identity");
    assertThat(tables.owner("interaction_job_code_seq")).isEqualTo("interaction");
    assertThat(tables.owner("shedlock")).isEqualTo("platform");
    assertThat(tables.owner("customer_id")).isNull();
    assertThat(PUBLISHED_VIEWS).allSatisfy(view -> assertThat(tables.owner(view)).isNotNull());
  }

  /** The checker itself, on made-up input: it finds what it must, and nothing else. */
  @Test
  void theCheckerFindsAnotherModulesTableByFileAndLine() {
    ModuleTables tables =
        new ModuleTables(Set.of("customer_card_view"))
            .learn(
                Migration.of(
                    "V1__customer_create_tables.sql",
                    """
                    -- CREATE TABLE customer_old (id uuid);
                    CREATE SEQUENCE customer_code_seq;
                    CREATE TABLE customer_customer (id uuid, owner_id uuid);
                    CREATE VIEW customer_card_view AS SELECT id FROM customer_customer;"""))
            .learn(
                Migration.of(
                    "V2__interaction_create_tables.sql",
                    "create table if not exists interaction_task (customer_id uuid);"));
    assertThat(tables.owner("customer_old")).as("commented out").isNull();

    String source =
        """
        package io.pyra.interaction;
        // select * from customer_customer (a comment is not SQL)
        class Tasks {
          String ok = "select t.customer_id from interaction_task t join customer_card_view c on c.id = t.customer_id";
          char quote = '"';
          String bad =
              \"""
              select t.id
                from interaction_task t
                join customer_customer c on c.id = t.customer_id\""";
          String seq = "select nextval('customer_code_seq')";
        }
        """;
    assertThat(tables.inJava("Tasks.java", "interaction", source))
        .extracting(Finding::toString)
        .containsExactly(
            "Tasks.java:10: customer_customer (owned by customer)",
            "Tasks.java:11: customer_code_seq (owned by customer)");
    assertThat(
            tables.inJava(
                "Cards.java",
                "customer",
                "String s = \"select nextval('customer_code_seq'), owner_id from customer_customer\";"))
        .as("its own tables")
        .isEmpty();

    Migration later =
        Migration.of(
            "V3__interaction_add_index.sql",
            """
            -- joins customer_customer for speed
            CREATE INDEX ix ON interaction_task (customer_id);
            ALTER TABLE interaction_task ADD CONSTRAINT fk FOREIGN KEY (customer_id)
                REFERENCES customer_customer (id);""");
    assertThat(tables.inMigration(later))
        .extracting(Finding::toString)
        .containsExactly("V3__interaction_add_index.sql:4: customer_customer (owned by customer)");
  }

  private static ModuleTables learned() throws IOException {
    ModuleTables tables = new ModuleTables(PUBLISHED_VIEWS);
    migrations().forEach(tables::learn);
    return tables;
  }

  private static List<Migration> migrations() throws IOException {
    List<Migration> migrations = new ArrayList<>();
    for (Path file : files(MIGRATIONS, ".sql")) {
      Migration migration = Migration.of(MIGRATIONS.relativize(file).toString(), read(file));
      assertThat(migration).as("migration file name of %s", file).isNotNull();
      migrations.add(migration);
    }
    return migrations;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
