package io.pyra.sales.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo's sales computed from the fixed seed: the same customers on the same day give the same
 * figures, and every order's figures add up.
 */
class DemoOrdersTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void theSameSeedGivesTheSameSales() {
    List<DemoOrders.Customer> customers = customers(200);
    Map<String, UUID> products = products();

    DemoOrders one = new DemoOrders(new Random(SalesDemo.SEED), TODAY, ZONE, products);
    DemoOrders two = new DemoOrders(new Random(SalesDemo.SEED), TODAY, ZONE, products);
    one.generate(customers, 800);
    two.generate(customers, 800);

    assertThat(one.orders).hasSize(two.orders.size());
    for (int i = 0; i < one.orders.size(); i++) {
      DemoOrders.Order a = one.orders.get(i);
      DemoOrders.Order b = two.orders.get(i);
      assertThat(List.of(a.number(), a.status(), a.day(), a.amount(), a.paid(), a.refunded()))
          .isEqualTo(List.of(b.number(), b.status(), b.day(), b.amount(), b.paid(), b.refunded()));
    }
    assertThat(one.payments).hasSameSizeAs(two.payments);
  }

  @Test
  void paidIsTheSumOfPaymentsAndNeverAboveTheAmount() {
    DemoOrders sales =
        new DemoOrders(new Random(SalesDemo.SEED), TODAY, ZONE, products())
            .generate(customers(300), 1500);

    Map<UUID, BigDecimal> paid = new HashMap<>();
    sales.payments.forEach(p -> paid.merge(p.orderId(), p.amount(), BigDecimal::add));
    Map<UUID, BigDecimal> refunded = new HashMap<>();
    sales.refunds.forEach(r -> refunded.merge(r.orderId(), r.amount(), BigDecimal::add));
    for (DemoOrders.Order o : sales.orders) {
      BigDecimal lines =
          o.lines().stream().map(DemoOrders.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(o.amount()).as(o.number()).isEqualByComparingTo(lines);
      assertThat(o.paid())
          .as(o.number() + " paid")
          .isEqualByComparingTo(paid.getOrDefault(o.id(), BigDecimal.ZERO));
      assertThat(o.refunded())
          .as(o.number() + " refunded")
          .isEqualByComparingTo(refunded.getOrDefault(o.id(), BigDecimal.ZERO));
      if (o.amount().signum() > 0) {
        assertThat(o.paid()).isLessThanOrEqualTo(o.amount());
      }
      assertThat(o.refunded()).isLessThanOrEqualTo(o.paid());
    }
  }

  private static List<DemoOrders.Customer> customers(int count) {
    List<DemoOrders.Customer> customers = new ArrayList<>();
    Random random = new Random(1);
    for (int i = 0; i < count; i++) {
      customers.add(
          new DemoOrders.Customer(
              new UUID(0, i), i % 3 == 0, new UUID(1, random.nextInt(5)), new UUID(2, 1)));
    }
    return customers;
  }

  private static Map<String, UUID> products() {
    Map<String, UUID> products = new HashMap<>();
    int i = 0;
    for (DemoCatalogue.Product p : DemoCatalogue.PRODUCTS) {
      products.put(p.code(), new UUID(3, i++));
    }
    return products;
  }
}
