package io.pyra.sales.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo company's orders and contracts of the last two years, computed (not yet written) from a
 * seeded random source: lines from the catalogue, payment schedules for the larger contracts,
 * payments mostly on time and some late or still outstanding, a few refunds and credit notes. Every
 * amount follows the sales rules: line amount = quantity × unit price × (1 − discount / 100), cost
 * = quantity × unit cost, at scale 6 (half even); order amount = sum of its lines; paid = sum of
 * its payments, never above the amount; refunded never above paid.
 */
final class DemoOrders {

  static final BigDecimal HKD_RATE = new BigDecimal("0.92000000");
  private static final String[] METHODS = {
    "TRANSFER", "ALIPAY", "WECHAT", "CARD", "CASH", "TRANSFER", "WECHAT"
  };
  private static final String[] REFUND_REASONS = {
    "Moved to another city after two lessons",
    "学员因工作调动退课",
    "Course rescheduled: part refund agreed",
    "Duplicate payment returned"
  };
  private static final int[] DISCOUNTS = {0, 0, 0, 5, 10, 15};

  record Customer(UUID id, boolean organization, UUID ownerId, UUID orgUnitId) {}

  record Order(
      UUID id,
      String number,
      String kind,
      String status,
      Customer customer,
      UUID originalId,
      Timestamp orderedAt,
      LocalDate day,
      String currency,
      BigDecimal rate,
      BigDecimal amount,
      BigDecimal cost,
      BigDecimal paid,
      BigDecimal refunded,
      List<Line> lines,
      LocalDate courseStart,
      LocalDate courseEnd) {

    boolean counts() {
      return status.equals("SIGNED") || status.equals("ACTIVE") || status.equals("COMPLETED");
    }
  }

  record Line(
      UUID productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal unitCost,
      BigDecimal amount,
      BigDecimal cost) {}

  record Instalment(UUID orderId, int seq, LocalDate due, BigDecimal amount) {}

  record Payment(
      UUID orderId, BigDecimal amount, Timestamp paidAt, LocalDate paidOn, String method) {}

  record Refund(UUID orderId, BigDecimal amount, String reason, Timestamp at, LocalDate on) {}

  final List<Order> orders = new ArrayList<>();
  final List<Instalment> instalments = new ArrayList<>();
  final List<Payment> payments = new ArrayList<>();
  final List<Refund> refunds = new ArrayList<>();

  private final Random random;
  private final LocalDate today;
  private final ZoneId zone;
  private final Map<String, UUID> productIds;

  DemoOrders(Random random, LocalDate today, ZoneId zone, Map<String, UUID> productIds) {
    this.random = random;
    this.today = today;
    this.zone = zone;
    this.productIds = productIds;
  }

  /** {@code count} sales spread over the last two years, with their payments and returns. */
  DemoOrders generate(List<Customer> customers, int count) {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(today.minusDays(random.nextInt(730)));
    }
    days.sort(null);
    int credit = 0;
    for (int i = 0; i < count; i++) {
      // a pyramid: the first customers buy far more often than the last
      Customer customer =
          customers.get((int) (customers.size() * Math.pow(random.nextDouble(), 2.2)));
      Order order = sale(i + 1, customer, days.get(i));
      orders.add(order);
      if (order.counts()) {
        pay(order);
        if (order.status().equals("COMPLETED") && random.nextInt(100) < 2) {
          LocalDate day = order.day().plusDays(10 + random.nextInt(50));
          if (!day.isAfter(today)) {
            orders.add(creditNote(++credit, order, day));
          }
        }
      }
    }
    return this;
  }

  private Order sale(int n, Customer customer, LocalDate day) {
    long age = ChronoUnit.DAYS.between(day, today);
    boolean contract = random.nextInt(100) < 60;
    String status;
    int roll = random.nextInt(100);
    if (roll < 3) {
      status = "CANCELLED";
    } else if (age < 45 && roll < 8) {
      status = "DRAFT";
    } else if (age > 120 || !contract) {
      status = "COMPLETED";
    } else {
      status = age < 30 ? "SIGNED" : "ACTIVE";
    }
    boolean hkd = random.nextInt(100) < 5;
    List<Line> lines = new ArrayList<>();
    int count = 1 + (random.nextInt(100) < 35 ? 1 + random.nextInt(2) : 0);
    for (int l = 0; l < count; l++) {
      lines.add(line(customer, hkd));
    }
    LocalDate start = contract ? day.plusDays(7 + random.nextInt(24)) : null;
    return order(
        "DEMO-" + day.getYear() + "-" + String.format("%05d", n),
        contract ? "CONTRACT" : "ORDER",
        status,
        customer,
        null,
        day,
        hkd ? "HKD" : "CNY",
        lines,
        start,
        start == null ? null : start.plusDays(60 + random.nextInt(60)));
  }

  private Line line(Customer customer, boolean hkd) {
    List<DemoCatalogue.Product> fitting =
        DemoCatalogue.PRODUCTS.stream()
            .filter(p -> !customer.organization() || p.forOrganizations() || random.nextInt(4) == 0)
            .toList();
    DemoCatalogue.Product p = fitting.get(random.nextInt(fitting.size()));
    int quantity =
        switch (p.unit()) {
          case "HOUR" -> 10 + random.nextInt(31);
          case "PIECE" -> customer.organization() ? 5 + random.nextInt(26) : 1 + random.nextInt(3);
          case "LICENCE" -> customer.organization() ? 10 + random.nextInt(51) : 1;
          default -> customer.organization() && p.forOrganizations() ? 1 + random.nextInt(12) : 1;
        };
    BigDecimal price = hkd ? p.price().divide(HKD_RATE, 0, RoundingMode.HALF_EVEN) : p.price();
    BigDecimal cost = hkd ? p.cost().divide(HKD_RATE, 0, RoundingMode.HALF_EVEN) : p.cost();
    return line(
        productIds.get(p.code()),
        BigDecimal.valueOf(quantity),
        price,
        BigDecimal.valueOf(DISCOUNTS[random.nextInt(DISCOUNTS.length)]),
        cost);
  }

  static Line line(
      UUID productId, BigDecimal quantity, BigDecimal price, BigDecimal discount, BigDecimal cost) {
    BigDecimal amount =
        quantity
            .multiply(price)
            .multiply(BigDecimal.ONE.subtract(discount.movePointLeft(2)))
            .setScale(6, RoundingMode.HALF_EVEN);
    return new Line(
        productId,
        null,
        quantity,
        price,
        discount,
        cost,
        amount,
        quantity.multiply(cost).setScale(6, RoundingMode.HALF_EVEN));
  }

  private Order order(
      String number,
      String kind,
      String status,
      Customer customer,
      UUID originalId,
      LocalDate day,
      String currency,
      List<Line> lines,
      LocalDate courseStart,
      LocalDate courseEnd) {
    BigDecimal amount = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cost = lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    Timestamp at =
        Timestamp.from(day.atTime(9, 0).plusMinutes(random.nextInt(600)).atZone(zone).toInstant());
    return new Order(
        io.pyra.platform.Ids.newId(),
        number,
        kind,
        status,
        customer,
        originalId,
        at,
        day,
        currency,
        currency.equals("HKD") ? HKD_RATE : BigDecimal.ONE,
        amount,
        cost,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        lines,
        courseStart,
        courseEnd);
  }

  /** Returns the first line of an order (its whole quantity) as a credit note on {@code day}. */
  private Order creditNote(int n, Order original, LocalDate day) {
    Line first = original.lines().getFirst();
    Line returned =
        line(
            first.productId(),
            first.quantity().negate(),
            first.unitPrice(),
            first.discount(),
            first.unitCost());
    return order(
        "DEMO-CN-" + String.format("%04d", n),
        "CREDIT_NOTE",
        "COMPLETED",
        original.customer(),
        original.id(),
        day,
        original.currency(),
        List.of(returned),
        null,
        null);
  }

  /**
   * The payment schedule of a larger contract (two or three monthly instalments), else one due on
   * the order day; payments mostly on time, some late, some not (yet) made; a few refunds.
   */
  private void pay(Order order) {
    List<Instalment> schedule = new ArrayList<>();
    if (order.kind().equals("CONTRACT") && order.amount().compareTo(new BigDecimal("10000")) >= 0) {
      int parts = 2 + random.nextInt(2);
      BigDecimal part = order.amount().divide(BigDecimal.valueOf(parts), 6, RoundingMode.DOWN);
      for (int i = 0; i < parts; i++) {
        BigDecimal amount =
            i < parts - 1
                ? part
                : order.amount().subtract(part.multiply(BigDecimal.valueOf(parts - 1)));
        schedule.add(new Instalment(order.id(), i + 1, order.day().plusDays(30L * i), amount));
      }
      instalments.addAll(schedule);
    } else {
      schedule.add(new Instalment(order.id(), 1, order.day(), order.amount()));
    }
    int fate = random.nextInt(100);
    long age = ChronoUnit.DAYS.between(order.day(), today);
    int paying = fate < (age > 180 ? 2 : 8) ? 0 : fate < 20 ? 1 : schedule.size();
    BigDecimal paid = BigDecimal.ZERO;
    LocalDate last = null;
    for (int i = 0; i < Math.min(paying, schedule.size()); i++) {
      Instalment due = schedule.get(i);
      int delay =
          random.nextInt(100) < 70
              ? -random.nextInt(4)
              : random.nextInt(100) < 80 ? 3 + random.nextInt(40) : 45 + random.nextInt(90);
      LocalDate on = due.due().plusDays(delay);
      if (on.isBefore(order.day())) {
        on = order.day();
      }
      if (on.isAfter(today)) {
        break;
      }
      payments.add(
          new Payment(
              order.id(),
              due.amount(),
              Timestamp.from(on.atTime(14, random.nextInt(60)).atZone(zone).toInstant()),
              on,
              METHODS[random.nextInt(METHODS.length)]));
      paid = paid.add(due.amount());
      last = on;
    }
    BigDecimal refunded = BigDecimal.ZERO;
    if (last != null && paid.compareTo(order.amount()) == 0 && random.nextInt(100) < 3) {
      LocalDate on = last.plusDays(5 + random.nextInt(36));
      if (!on.isAfter(today)) {
        refunded =
            paid.multiply(BigDecimal.valueOf(10 + random.nextInt(41)))
                .movePointLeft(2)
                .setScale(2, RoundingMode.DOWN);
        refunds.add(
            new Refund(
                order.id(),
                refunded,
                REFUND_REASONS[random.nextInt(REFUND_REASONS.length)],
                Timestamp.from(on.atTime(11, 0).atZone(zone).toInstant()),
                on));
      }
    }
    orders.set(
        orders.size() - 1,
        new Order(
            order.id(),
            order.number(),
            order.kind(),
            order.status(),
            order.customer(),
            order.originalId(),
            order.orderedAt(),
            order.day(),
            order.currency(),
            order.rate(),
            order.amount(),
            order.cost(),
            paid,
            refunded,
            order.lines(),
            order.courseStart(),
            order.courseEnd()));
  }
}
