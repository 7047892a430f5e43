package io.pyra.integration;

import static io.pyra.integration.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserService;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The sales pipeline set of {@code ../shared/data/crm-sales-opportunities} imported as one zip
 * (issue 13, point 7): accounts become organizations with sector and country, products the
 * catalogue, sales teams users in regional offices with their managers, and the 8,800 opportunities
 * land in the B2B pipeline stage by stage as the file says; importing it again changes nothing;
 * rows with bad data are refused naming the rule.
 */
@PyraIntegrationTest
class OpportunityImportTests {

  static final Path SET =
      Path.of(
          System.getProperty(
              "pyra.opportunities.samples", "../shared/data/crm-sales-opportunities"));

  private static final Map<String, String> STAGES =
      Map.of("Prospecting", "PROSPECTING", "Engaging", "ENGAGING", "Won", "WON", "Lost", "LOST");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;

  ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  @Test
  void theRealSetGivesAPipelineStageByStageAndASecondImportChangesNothing() throws IOException {
    byte[] zip =
        zip(
            SET,
            "accounts.csv",
            "products.csv",
            "sales_teams.csv",
            "sales_pipeline.csv",
            "data_dictionary.csv");
    // an independent reading of the pipeline file: stage and close value of every opportunity
    List<String[]> rows = csv(SET.resolve("sales_pipeline.csv"));
    Map<String, Long> expectedPerStage = new HashMap<>();
    Map<String, String> expectedStage = new HashMap<>();
    BigDecimal expectedWon = BigDecimal.ZERO;
    for (String[] r : rows) {
      String stage = STAGES.get(r[4]);
      expectedPerStage.merge(stage, 1L, Long::sum);
      expectedStage.put(r[0], stage);
      if (stage.equals("WON")) {
        expectedWon = expectedWon.add(new BigDecimal(r[7]));
      }
    }
    assertThat(expectedStage).hasSize(8800);

    JsonNode first = commit(zip);

    assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("COMPLETED");
    assertThat(first.get("errors").asInt()).as(first.toString()).isZero();
    assertThat(
            first.get("created").asInt()
                + first.get("updated").asInt()
                + first.get("skipped").asInt())
        .isEqualTo(8800);
    Map<String, String> stored = storedStages(expectedStage);
    assertThat(stored).hasSize(8800);
    Map<String, Long> perStage = new HashMap<>();
    stored.values().forEach(s -> perStage.merge(s, 1L, Long::sum));
    assertThat(perStage).isEqualTo(expectedPerStage);
    assertThat(stored).isEqualTo(expectedStage);
    BigDecimal won =
        jdbc.sql(
                """
                select coalesce(sum(o.amount), 0) from sales_opportunity o
                  join sales_pipeline_stage s on s.id = o.stage_id
                 where s.code = 'WON' and o.code in (:codes)""")
            .param("codes", List.copyOf(expectedStage.keySet()))
            .query(BigDecimal.class)
            .single();
    assertThat(won).isEqualByComparingTo(expectedWon);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from sales_opportunity o
                      join sales_pipeline_stage s on s.id = o.stage_id
                     where o.code in (:codes) and o.status <> s.outcome""")
                .param("codes", List.copyOf(expectedStage.keySet()))
                .query(Long.class)
                .single())
        .as("status follows the stage's outcome")
        .isZero();

    // the references: offices with their managers and agents, products, organizations
    assertThat(
            jdbc.sql("select code from identity_org_unit where code in ('CENTRAL','EAST','WEST')")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("CENTRAL", "EAST", "WEST");
    assertThat(roleOf("dustin.brinkmann")).isEqualTo("CENTRE_PRINCIPAL");
    assertThat(roleOf("anna.snelling")).isEqualTo("COURSE_CONSULTANT");
    assertThat(
            jdbc.sql(
                    """
                    select m.username from identity_user u join identity_user m on m.id = u.supervisor_id
                     where u.username = 'anna.snelling'""")
                .query(String.class)
                .single())
        .isEqualTo("dustin.brinkmann");
    assertThat(
            jdbc.sql(
                    """
                    select o.code from identity_user u join identity_org_unit o on o.id = u.org_unit_id
                     where u.username = 'carl.lin'""")
                .query(String.class)
                .single())
        .isEqualTo("WEST");
    assertThat(
            jdbc.sql(
                    "select code from sales_product where code in ('GTXPRO','GTXBASIC','GTK500','MGSPECIAL','MGADVANCED','GTXPLUSPRO','GTXPLUSBASIC')")
                .query(String.class)
                .list())
        .hasSize(7);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from sales_opportunity o join sales_product p on p.id = o.product_id
                     where p.code = 'GTXPRO' and o.code in (:codes)""")
                .param("codes", List.copyOf(expectedStage.keySet()))
                .query(Long.class)
                .single())
        .as("GTXPro and GTX Pro are one product")
        .isEqualTo(rows.stream().filter(r -> r[2].replace(" ", "").equals("GTXPro")).count());
    assertThat(
            jdbc.sql(
                    """
                    select c.kind || ' ' || s.code || ' ' || c.country from customer_customer c
                      join customer_sector s on s.id = c.sector_id
                     where c.name = 'Acme Corporation'""")
                .query(String.class)
                .single())
        .isEqualTo("ORGANIZATION TECHNOLOGY US");
    assertThat(
            jdbc.sql(
                    """
                    select s.code || ' ' || c.country from customer_customer c
                      join customer_sector s on s.id = c.sector_id
                     where c.name = 'Bioholding'""")
                .query(String.class)
                .single())
        .as("medical, in the Philippines (spelt Philipines)")
        .isEqualTo("HEALTHCARE PH");
    long withoutAccount = rows.stream().filter(r -> r[3].isBlank()).count();
    assertThat(
            jdbc.sql(
                    "select count(*) from sales_opportunity where customer_id is null and code in (:codes)")
                .param("codes", List.copyOf(expectedStage.keySet()))
                .query(Long.class)
                .single())
        .isEqualTo(withoutAccount);

    Map<String, Long> before = footprint();
    JsonNode again = commit(zip);

    assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("updated").asInt()).isZero();
    assertThat(again.get("skipped").asInt()).isEqualTo(8800);
    assertThat(footprint()).as("nothing changed").isEqualTo(before);
  }

  @Test
  void rowsWithBadDataGoToTheErrorsFileNamingTheRule() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String pipeline =
        String.join(
            "\n",
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
            "OK" + tag + ",Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054",
            "ST" + tag + ",Moses Frase,GTX Basic,Cancity,Negotiating,2016-10-20,,",
            "DT" + tag + ",Moses Frase,GTX Basic,Cancity,Won,2016-13-45,2017-03-01,10",
            "NV" + tag + ",Moses Frase,GTX Basic,Cancity,Won,2016-10-20,2017-03-01,-5",
            "AG" + tag + ",Nobody Known,GTX Basic,Cancity,Engaging,2016-10-20,,",
            "PR" + tag + ",Moses Frase,Hoverboard,Cancity,Engaging,2016-10-20,,",
            "AC" + tag + ",Moses Frase,GTX Basic,No Such Company,Engaging,2016-10-20,,",
            "OK" + tag + ",Moses Frase,GTX Basic,Cancity,Engaging,2016-10-21,,",
            "CB" + tag + ",Moses Frase,GTX Basic,Cancity,Lost,2017-03-01,2016-10-20,0",
            "");
    byte[] zip =
        zip(
            Map.of(
                "set/accounts.csv", Files.readAllBytes(SET.resolve("accounts.csv")),
                "set/products.csv", Files.readAllBytes(SET.resolve("products.csv")),
                "set/sales_teams.csv", Files.readAllBytes(SET.resolve("sales_teams.csv")),
                "set/sales_pipeline.csv", pipeline.getBytes(StandardCharsets.UTF_8)));

    JsonNode job = commit(zip);

    assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.get("created").asInt()).isEqualTo(1);
    assertThat(job.get("errors").asInt()).isEqualTo(8);
    String errors = admin.get("/api/v1/imports/" + job.get("id").asString() + "/errors.csv").body();
    assertThat(errors)
        .contains("3,deal_stage,dealStage,unknown,")
        .contains("4,engage_date,engagedOn,date,")
        .contains("5,close_value,closeValue,negative,")
        .contains("6,sales_agent,agent,unknown,")
        .contains("7,product,product,unknown,")
        .contains("8,account,account,unknown,")
        .contains("9,opportunity_id,opportunity,repeated,")
        .contains("10,close_date,closedOn,order,");
    assertThat(
            jdbc.sql("select count(*) from sales_opportunity where code like :tag")
                .param("tag", "%" + tag)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void onlyWhoMayCreateUsersProductsAndOpportunitiesImportsASet() throws IOException {
    int before = jdbc.sql("select count(*) from integration_import").query(Integer.class).single();
    OrgFixtures org = new OrgFixtures(orgUnits, users, roles);
    UserAccount principal = org.user(org.branch(), "CENTRE_PRINCIPAL");
    ApiClient principalApi = new ApiClient(port).signIn(principal.username(), OrgFixtures.PASSWORD);

    ApiClient.Response refused =
        upload(principalApi, "set.zip", zip(SET, "sales_pipeline.csv"), "entity", "opportunities");

    assertThat(refused.status()).as(refused.body()).isIn(403, 404);
    assertThat(jdbc.sql("select count(*) from integration_import").query(Integer.class).single())
        .isEqualTo(before);
  }

  private JsonNode commit(byte[] zip) {
    ApiClient.Response started =
        upload(admin, "crm-sales-opportunities.zip", zip, "entity", "opportunities");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    return finished(started.json().get("id").asString());
  }

  /**
   * The job once it finished; the set's 8,800 rows are given three minutes (a loaded CI machine).
   */
  private JsonNode finished(String id) {
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
    while (true) {
      JsonNode job = admin.get("/api/v1/imports/" + id).json();
      String status = job.get("status").asString();
      if (!List.of("QUEUED", "VALIDATING", "RUNNING").contains(status)) {
        return job;
      }
      assertThat(System.nanoTime()).as("import did not finish: " + job).isLessThan(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private String roleOf(String username) {
    return jdbc.sql(
            """
            select r.code from identity_user u join identity_user_role ur on ur.user_id = u.id
              join identity_role r on r.id = ur.role_id where u.username = :username""")
        .param("username", username)
        .query(String.class)
        .single();
  }

  private Map<String, String> storedStages(Map<String, String> expected) {
    Map<String, String> stored = new HashMap<>();
    jdbc.sql(
            """
            select o.code, s.code from sales_opportunity o
              join sales_pipeline_stage s on s.id = o.stage_id
              join sales_pipeline p on p.id = o.pipeline_id
             where p.code = 'B2B'""")
        .query((rs, n) -> stored.put(rs.getString(1), rs.getString(2)))
        .list();
    stored.keySet().retainAll(expected.keySet());
    return stored;
  }

  private Map<String, Long> footprint() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(
        "opportunity versions",
        jdbc.sql("select coalesce(sum(version + 1), 0) from sales_opportunity")
            .query(Long.class)
            .single());
    for (String table :
        List.of(
            "sales_opportunity",
            "sales_opportunity_stage_change",
            "sales_product",
            "sales_product_category",
            "customer_customer",
            "identity_user",
            "identity_org_unit")) {
      counts.put(table, count(table));
    }
    return counts;
  }

  private long count(String table) {
    return switch (table) {
      case "sales_opportunity" ->
          jdbc.sql("select count(*) from sales_opportunity").query(Long.class).single();
      case "sales_opportunity_stage_change" ->
          jdbc.sql("select count(*) from sales_opportunity_stage_change")
              .query(Long.class)
              .single();
      case "sales_product" ->
          jdbc.sql("select count(*) from sales_product").query(Long.class).single();
      case "sales_product_category" ->
          jdbc.sql("select count(*) from sales_product_category").query(Long.class).single();
      case "customer_customer" ->
          jdbc.sql("select count(*) from customer_customer").query(Long.class).single();
      case "identity_user" ->
          jdbc.sql("select count(*) from identity_user").query(Long.class).single();
      default -> jdbc.sql("select count(*) from identity_org_unit").query(Long.class).single();
    };
  }

  /** The data rows of a CSV without quoted commas (the set has none), cells kept as written. */
  static List<String[]> csv(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .skip(1)
          .filter(l -> !l.isBlank())
          .map(l -> l.split(",", -1))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static byte[] zip(Path directory, String... names) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String name : names) {
      entries.put(name, Files.readAllBytes(directory.resolve(name)));
    }
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
