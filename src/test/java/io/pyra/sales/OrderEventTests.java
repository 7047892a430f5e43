package io.pyra.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.Scope;
import io.pyra.identity.security.PyraPrincipal;
import io.pyra.platform.SqlTime;
import io.pyra.sales.order.Order;
import io.pyra.sales.order.OrderService;
import io.pyra.sales.order.SaveOrder;
import io.pyra.testing.PyraIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * An order tells the other modules when it starts to count ({@link OrderPlaced}: signed, or written
 * signed) and when it is cancelled ({@link OrderCancelled}), with its figures in the base currency.
 */
@PyraIntegrationTest
@RecordApplicationEvents
class OrderEventTests {

  @Autowired OrderService orders;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  UUID customer;

  @BeforeEach
  void signInAsAdministrator() {
    UUID admin =
        jdbc.sql("select id from identity_user where username = 'admin'")
            .query(UUID.class)
            .single();
    UUID unit =
        jdbc.sql("select org_unit_id from identity_user where id = ?")
            .param(admin)
            .query(UUID.class)
            .single();
    customer = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into customer_customer (id, code, kind, name, name_key, stage, owner_id, org_unit_id,
                                           version, created_at, updated_at)
            values (?, ?, 'PERSON', 'Event customer', 'eventcustomer', 'NEW', ?, ?, 0, ?, ?)""")
        .params(
            customer,
            "EV-" + customer.toString().substring(0, 8),
            admin,
            unit,
            SqlTime.utc(now),
            SqlTime.utc(now))
        .update();
    Map<String, Scope> grants =
        Map.of(
            "customer.read", Scope.ALL,
            "order.read", Scope.ALL,
            "order.write", Scope.ALL,
            "order.sign", Scope.ALL);
    PyraPrincipal principal =
        new PyraPrincipal(admin, "admin", "Administrator", unit, "/", "en", true, grants, null);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    SecurityContextHolder.setContext(context);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aDraftIsPlacedWhenSignedAndCancelledAfterwards() {
    Order draft = orders.create(order(null));
    assertThat(events.stream(OrderPlaced.class)).isEmpty();

    orders.sign(draft.id(), null);
    OrderPlaced placed = events.stream(OrderPlaced.class).findFirst().orElseThrow();
    assertThat(placed.orderId()).isEqualTo(new OrderId(draft.id()));
    assertThat(placed.customerId().value()).isEqualTo(customer);
    assertThat(placed.kind()).isEqualTo("CONTRACT");
    // 3 × 1,200 less 5 % = 3,420; cost 3 × 500 = 1,500 (base currency: rate 1)
    assertThat(placed.amountBase()).isEqualByComparingTo(new BigDecimal("3420"));
    assertThat(placed.costBase()).isEqualByComparingTo(new BigDecimal("1500"));

    orders.cancel(draft.id(), null);
    OrderCancelled cancelled = events.stream(OrderCancelled.class).findFirst().orElseThrow();
    assertThat(cancelled.counted()).isTrue();
    assertThat(cancelled.amountBase()).isEqualByComparingTo(new BigDecimal("3420"));
  }

  @Test
  void anOrderWrittenCompletedIsPlacedAtOnce() {
    Order order = orders.create(order("COMPLETED"));
    assertThat(events.stream(OrderPlaced.class).map(OrderPlaced::orderId))
        .containsExactly(new OrderId(order.id()));
  }

  private SaveOrder order(String status) {
    return new SaveOrder(
        customer,
        null,
        null,
        "CONTRACT",
        status,
        null,
        null,
        null,
        null,
        Instant.now(),
        "CNY",
        null,
        null,
        null,
        null,
        List.of(new SaveOrder.Line(null, "Course", "3", "1200", "5", "500")));
  }
}
