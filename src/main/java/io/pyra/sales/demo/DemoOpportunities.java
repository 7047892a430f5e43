package io.pyra.sales.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo company's opportunities in both shipped pipelines, every stage taken by some: open ones
 * expected to close in the coming weeks, won ones tied to an order of their customer, lost ones
 * with a reason (and sometimes a competitor), each with the stage history that led there.
 */
final class DemoOpportunities {

  private static final String[] COMPETITORS = {
    "New Oriental", "Wall Street English", "EF English First", "本地培训机构", null, null
  };

  record Stage(
      UUID id, String pipeline, UUID pipelineId, String code, String outcome, int probability) {}

  record Opportunity(
      UUID id,
      String code,
      String title,
      DemoOrders.Customer customer,
      Stage stage,
      BigDecimal amount,
      LocalDate expectedClose,
      UUID sourceId,
      String competitor,
      UUID productId,
      UUID lostReasonId,
      UUID wonOrderId,
      LocalDate engagedOn,
      LocalDate closedOn,
      Timestamp stageEnteredAt,
      Timestamp createdAt) {}

  record Change(UUID opportunityId, UUID from, UUID to, Timestamp enteredAt, UUID by) {}

  final List<Opportunity> opportunities = new ArrayList<>();
  final List<Change> changes = new ArrayList<>();

  private final Random random;
  private final LocalDate today;
  private final ZoneId zone;

  DemoOpportunities(Random random, LocalDate today, ZoneId zone) {
    this.random = random;
    this.today = today;
    this.zone = zone;
  }

  /**
   * {@code count} opportunities, two thirds in the training pipeline; the first ones go through
   * every stage in turn so that none is empty. A won one takes an order of its customer not yet
   * tied to another opportunity (none when the customer has none left).
   */
  DemoOpportunities generate(
      int count,
      List<DemoOrders.Customer> customers,
      Map<String, List<Stage>> stages,
      Map<String, UUID> productIds,
      List<UUID> sources,
      List<UUID> lostReasons,
      List<DemoOrders.Order> orders) {
    Map<UUID, List<DemoOrders.Order>> unlinked = new HashMap<>();
    for (DemoOrders.Order o : orders) {
      if (o.counts() && !o.kind().equals("CREDIT_NOTE")) {
        unlinked.computeIfAbsent(o.customer().id(), k -> new ArrayList<>()).add(o);
      }
    }
    List<DemoOrders.Customer> organizations =
        customers.stream().filter(DemoOrders.Customer::organization).toList();
    int turn = 0;
    for (int i = 0; i < count; i++) {
      String pipeline = i % 3 == 2 ? "B2B" : "TRAINING";
      List<Stage> path = stages.get(pipeline);
      if (path == null || path.isEmpty()) {
        continue;
      }
      Stage stage =
          turn < path.size() * 2
              ? path.get(turn++ % path.size())
              : path.get(random.nextInt(path.size()));
      List<DemoOrders.Customer> pool =
          pipeline.equals("B2B") && !organizations.isEmpty() ? organizations : customers;
      DemoOrders.Customer customer = pool.get(random.nextInt(pool.size()));
      List<DemoCatalogue.Product> fitting =
          DemoCatalogue.PRODUCTS.stream()
              .filter(p -> pipeline.equals("TRAINING") || p.forOrganizations())
              .toList();
      DemoCatalogue.Product product = fitting.get(random.nextInt(fitting.size()));
      int seats = pipeline.equals("B2B") ? 2 + random.nextInt(15) : 1;
      LocalDate created = today.minusDays(random.nextInt(540));
      UUID wonOrder = null;
      LocalDate closed = null;
      LocalDate expected;
      if (stage.outcome().equals("OPEN")) {
        expected = today.plusDays(5 + random.nextInt(90));
        if (created.isBefore(today.minusDays(120))) {
          created = today.minusDays(random.nextInt(120));
        }
      } else {
        closed = created.plusDays(10 + random.nextInt(60));
        if (closed.isAfter(today)) {
          closed = today;
        }
        expected = closed;
        if (stage.outcome().equals("WON")) {
          List<DemoOrders.Order> left = unlinked.getOrDefault(customer.id(), List.of());
          if (!left.isEmpty()) {
            DemoOrders.Order order = left.removeFirst();
            wonOrder = order.id();
            closed = order.day();
            expected = closed;
            if (created.isAfter(closed)) {
              created = closed.minusDays(10 + random.nextInt(50));
            }
          }
        }
      }
      UUID id = io.pyra.platform.Ids.newId();
      Timestamp createdAt = at(created);
      Timestamp entered = history(id, path, stage, created, closed, customer.ownerId());
      opportunities.add(
          new Opportunity(
              id,
              "DEMO-OPP-" + String.format("%04d", i + 1),
              product.name(),
              customer,
              stage,
              product.price().multiply(BigDecimal.valueOf(seats)),
              expected,
              sources.isEmpty() ? null : sources.get(random.nextInt(sources.size())),
              stage.outcome().equals("LOST")
                  ? COMPETITORS[random.nextInt(COMPETITORS.length)]
                  : null,
              productIds.get(product.code()),
              stage.outcome().equals("LOST") && !lostReasons.isEmpty()
                  ? lostReasons.get(random.nextInt(lostReasons.size()))
                  : null,
              wonOrder,
              created,
              closed,
              entered,
              createdAt));
    }
    return this;
  }

  /**
   * The stages an opportunity went through to reach {@code stage}: the open stages before it in
   * order (a lost one stops at a random one of them), each entered some days after the last.
   */
  private Timestamp history(
      UUID id, List<Stage> path, Stage stage, LocalDate created, LocalDate closed, UUID owner) {
    List<Stage> open = path.stream().filter(s -> s.outcome().equals("OPEN")).toList();
    List<Stage> walked = new ArrayList<>();
    if (stage.outcome().equals("OPEN")) {
      walked.addAll(open.subList(0, open.indexOf(stage) + 1));
    } else {
      int reached = stage.outcome().equals("WON") ? open.size() : 1 + random.nextInt(open.size());
      walked.addAll(open.subList(0, reached));
      walked.add(stage);
    }
    LocalDate day = created;
    UUID from = null;
    Timestamp entered = null;
    for (int i = 0; i < walked.size(); i++) {
      Stage s = walked.get(i);
      if (i == walked.size() - 1 && closed != null) {
        day = closed;
      } else if (i > 0) {
        day = day.plusDays(1 + random.nextInt(7));
        if (closed != null && day.isAfter(closed)) {
          day = closed;
        }
        if (day.isAfter(today)) {
          day = today;
        }
      }
      entered = at(day);
      changes.add(new Change(id, from, s.id(), entered, owner));
      from = s.id();
    }
    return entered;
  }

  private Timestamp at(LocalDate day) {
    return Timestamp.from(day.atTime(10, 0).atZone(zone).toInstant());
  }
}
