package io.pyra.scheduling;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.user.UserAccount;
import io.pyra.platform.SqlTime;
import io.pyra.testing.ApiClient;
import io.pyra.testing.OrgFixtures;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Courses, contracts, customers, PC sets and qualified instructors for the session tests. Courses
 * and contracts are sales' rows written with SQL (their making is sales' own tests' subject);
 * customers go through the API; sessions and enrolments through the session API under test.
 */
public final class SessionFixtures {

  private final JdbcClient jdbc;
  private final int port;

  public SessionFixtures(JdbcClient jdbc, int port) {
    this.jdbc = jdbc;
    this.port = port;
  }

  public ApiClient admin() {
    return new ApiClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
  }

  /** An active course of the catalogue (a product of unit COURSE). */
  public UUID course(String name) {
    return course(name, true);
  }

  public UUID course(String name, boolean active) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into sales_product (id, code, name, unit, list_price, unit_cost, currency, active,
              version, created_at, updated_at)
            values (:id, :code, :name, 'COURSE', 1000, 0, 'CNY', :active, 0, :now, :now)""")
        .param("id", id)
        .param("code", OrgFixtures.code("C"))
        .param("name", name)
        .param("active", active)
        .param("now", SqlTime.utc(now))
        .update();
    return id;
  }

  /** The instructor (resource) teaches the course. */
  public void qualify(UUID instructor, UUID course) {
    jdbc.sql("insert into scheduling_instructor_course (resource_id, product_id) values (:r, :p)")
        .param("r", instructor)
        .param("p", course)
        .update();
  }

  /** A PC set of {@code seats} seats in the unit. */
  public UUID pcSet(OrgUnit unit, String name, int seats) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into scheduling_resource (id, kind, code, name, org_unit_id, capacity, active,
              version, created_at, updated_at)
            values (:id, 'PC_SET', :code, :name, :unit, :seats, true, 0, :now, :now)""")
        .param("id", id)
        .param("code", OrgFixtures.code("R"))
        .param("name", name)
        .param("unit", unit.id())
        .param("seats", seats)
        .param("now", SqlTime.utc(now))
        .update();
    return id;
  }

  /** A room taking {@code people} in the unit. */
  public UUID room(OrgUnit unit, String name, int people) {
    UUID id = pcSet(unit, name, people);
    jdbc.sql("update scheduling_resource set kind = 'ROOM' where id = :id")
        .param("id", id)
        .update();
    return id;
  }

  /** A person customer of the owner's unit with an e-mail address (null: none); its id. */
  public UUID customer(String name, String email, UserAccount owner) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERSON");
    body.put("name", name);
    body.put("ownerId", owner.id());
    body.put("orgUnitId", owner.orgUnitId());
    if (email != null) {
      body.put("emails", List.of(Map.of("address", email)));
    }
    ApiClient.Response created = admin().post("/api/v1/customers", body);
    if (created.status() != 201) {
      throw new IllegalStateException("customer not created: " + created.body());
    }
    return UUID.fromString(created.json().get("id").asString());
  }

  /** One line of an order: a product, its quantity and amount (in the order's currency). */
  public record Line(UUID productId, int quantity, String amount) {}

  /**
   * An order of the customer of {@code kind} and {@code status} in {@code currency} at {@code rate}
   * base units per unit, with the lines; its id. Its number is {@code number()} of the id.
   */
  public UUID order(
      UUID customer,
      UserAccount owner,
      String kind,
      String status,
      String currency,
      String rate,
      Line... lines) {
    UUID id = UUID.randomUUID();
    BigDecimal amount = BigDecimal.ZERO;
    for (Line line : lines) {
      amount = amount.add(new BigDecimal(line.amount()));
    }
    BigDecimal base = amount.multiply(new BigDecimal(rate));
    var at = SqlTime.utc(Instant.now().minusSeconds(86_400));
    jdbc.sql(
            """
            insert into sales_order (id, number, kind, status, customer_id, owner_id, org_unit_id,
              ordered_at, order_day, currency, exchange_rate, amount, cost, amount_base, cost_base,
              paid, refunded, line_count, signed_at, version, created_at, updated_at)
            values (:id, :number, :kind, :status, :customer, :owner, :unit, :at, :day, :currency,
              :rate, :amount, 0, :base, 0, 0, 0, :lines, :at, 0, :at, :at)""")
        .param("id", id)
        .param("number", number(id))
        .param("kind", kind)
        .param("status", status)
        .param("customer", customer)
        .param("owner", owner.id())
        .param("unit", owner.orgUnitId())
        .param("at", at)
        .param("day", LocalDate.now().minusDays(1))
        .param("currency", currency)
        .param("rate", new BigDecimal(rate))
        .param("amount", amount)
        .param("base", base)
        .param("lines", lines.length)
        .update();
    int no = 1;
    for (Line line : lines) {
      jdbc.sql(
              """
              insert into sales_order_line (order_id, line_no, product_id, quantity, unit_price,
                discount_percent, unit_cost, amount, cost)
              values (:order, :no, :product, :quantity, :price, 0, 0, :amount, 0)""")
          .param("order", id)
          .param("no", no++)
          .param("product", line.productId())
          .param("quantity", BigDecimal.valueOf(line.quantity()))
          .param(
              "price",
              new BigDecimal(line.amount())
                  .divide(BigDecimal.valueOf(line.quantity()), 6, java.math.RoundingMode.HALF_UP))
          .param("amount", new BigDecimal(line.amount()))
          .update();
    }
    return id;
  }

  /** A signed contract in CNY (rate 1). */
  public UUID contract(UUID customer, UserAccount owner, Line... lines) {
    return order(customer, owner, "CONTRACT", "SIGNED", "CNY", "1", lines);
  }

  public static String number(UUID orderId) {
    return "CT-" + orderId.toString().substring(24).toUpperCase(java.util.Locale.ROOT);
  }

  /** A session body: course, times, room and instructor, capacity; more with put. */
  public static Map<String, Object> session(
      UUID course, Instant startsAt, Instant endsAt, UUID room, UUID instructor, int capacity) {
    Map<String, Object> body = new HashMap<>();
    body.put("productId", course);
    body.put("startsAt", startsAt.toString());
    body.put("endsAt", endsAt.toString());
    body.put("roomId", room);
    body.put("instructorId", instructor);
    body.put("capacity", capacity);
    return body;
  }

  /** Rows of sessions, enrolments and contract seats (what a refusal must leave as it was). */
  public List<Long> rows() {
    return List.of(
        jdbc.sql("select count(*) from scheduling_session").query(Long.class).single(),
        jdbc.sql("select count(*) from scheduling_enrolment").query(Long.class).single(),
        jdbc.sql("select count(*) from scheduling_contract_seats").query(Long.class).single(),
        jdbc.sql("select count(*) from scheduling_booking").query(Long.class).single(),
        jdbc.sql("select coalesce(sum(used), 0) from scheduling_contract_seats")
            .query(Long.class)
            .single(),
        jdbc.sql("select coalesce(sum(enrolled), 0) from scheduling_session")
            .query(Long.class)
            .single());
  }

  public Map<String, Object> seatsRow(UUID order, UUID course) {
    return jdbc.sql(
            "select seats, used, seat_value from scheduling_contract_seats where order_id = :o and product_id = :p")
        .param("o", order)
        .param("p", course)
        .query()
        .singleRow();
  }
}
