package io.pyra.integration.importing;

import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerImportApi;
import io.pyra.customer.ImportCustomerInput;
import io.pyra.customer.NormalizedCustomer;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.Problems;
import io.pyra.sales.SalesImportApi;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Decides and writes one chunk of order lines, grouped into orders by number (a chunk holds every
 * row of its orders: see {@link #cutter}). An order is refused whole when one of its rows is (a
 * negative unit price, a quantity that is zero or no number, no time, an unknown currency or one
 * without a rate) or when its rows name different customers or currencies; the rest of the file
 * imports. An order whose number is stored is replaced by the file's lines, or skipped when the
 * digest of what the file says of it is the stored one. Customers and products the rows name that
 * are not stored yet are created.
 */
@Component
class OrderLineChunk {

  private static final int SCALE = 6;

  /** A whole number as a spreadsheet writes it, 17850.0. */
  private static final java.util.regex.Pattern SPREADSHEET_NUMBER =
      java.util.regex.Pattern.compile("\\d+\\.0+");

  private final SalesImportApi sales;
  private final CustomerImportApi customers;
  private final Problems problems;

  OrderLineChunk(SalesImportApi sales, CustomerImportApi customers, Problems problems) {
    this.sales = sales;
    this.customers = customers;
    this.problems = problems;
  }

  /** A row read: its cells as values, and its own problems. */
  private record Line(
      SourceRow row,
      String number,
      String customer,
      String product,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal unitCost,
      Instant orderedAt,
      String country,
      String currency,
      List<RowOutcome.Problem> problems) {

    boolean fatal() {
      return problems.stream().anyMatch(RowOutcome.Problem::fatal);
    }
  }

  /** The rows of one order, the problems of the order as a whole, and the file's digest of it. */
  private record Order(
      String number, List<Line> lines, List<RowOutcome.Problem> problems, String digest) {

    boolean refused() {
      return !problems.isEmpty() || lines.stream().anyMatch(Line::fatal);
    }

    Line first() {
      return lines.getFirst();
    }
  }

  /** Reads every row's order number (a pass before the import), keeping its last row. */
  void remember(SourceRow row, ColumnPlan plan, SalesImportContext context) {
    String number = cell(row, plan, "orderNumber");
    if (number != null) {
      context.lastRowOf.merge(number, row.number(), Math::max);
    }
  }

  /**
   * Whether a chunk may end before a row: when every order begun since the pass started has had its
   * last row. Asked once for every row, in order; one per pass (it remembers the orders seen).
   */
  Predicate<SourceRow> cutter(ColumnPlan plan, SalesImportContext context) {
    int[] reach = {0};
    if (context.grouped) {
      // each order's rows come together but for the scattered ones, whose last rows are known: a
      // chunk may end where the number changes, once every scattered order begun has had its last
      // row
      String[] previous = {null};
      return row -> {
        String number = cell(row, plan, "orderNumber");
        boolean free = reach[0] < row.number() && (number == null || !number.equals(previous[0]));
        previous[0] = number;
        if (number != null) {
          reach[0] = Math.max(reach[0], context.lastRowOf.getOrDefault(number, 0));
        }
        return free;
      };
    }
    return row -> {
      boolean free = reach[0] < row.number();
      String number = cell(row, plan, "orderNumber");
      if (number != null) {
        reach[0] = Math.max(reach[0], context.lastRowOf.getOrDefault(number, row.number()));
      }
      return free;
    };
  }

  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, SalesImportContext context) {
    Map<String, List<Line>> byNumber = new LinkedHashMap<>();
    List<Line> unnumbered = new ArrayList<>();
    Map<String, Instant> times = new HashMap<>();
    for (SourceRow row : rows) {
      Line line = parse(row, plan, context, times);
      if (line.number() == null) {
        unnumbered.add(line);
      } else {
        byNumber.computeIfAbsent(line.number(), k -> new ArrayList<>()).add(line);
      }
    }
    List<Order> orders = new ArrayList<>(byNumber.size());
    byNumber.forEach((number, lines) -> orders.add(order(number, lines, plan, context)));
    return new PreparedChunk(
        rows.size(),
        rows.getLast().number(),
        true,
        () -> decide(orders, unnumbered, context),
        rows);
  }

  private Line parse(
      SourceRow row, ColumnPlan plan, SalesImportContext context, Map<String, Instant> times) {
    List<RowOutcome.Problem> found = new ArrayList<>();
    if (row.cells().isEmpty() && !row.notes().isEmpty()) {
      found.add(
          new RowOutcome.Problem(null, null, "unreadable", String.join("; ", row.notes()), true));
    }
    String number = cell(row, plan, "orderNumber");
    if (number == null) {
      found.add(problem(plan, "orderNumber", "required", "import.sales.number-missing", context));
    } else if (number.length() > 40) {
      found.add(problem(plan, "orderNumber", "too-long", "import.sales.too-long", context, 40));
    }
    String customer = cell(row, plan, "customerCode");
    if (customer != null
        && customer.indexOf('.') > 0
        && SPREADSHEET_NUMBER.matcher(customer).matches()) {
      // a spreadsheet's number written as a decimal: 17850.0 is customer 17850
      customer = customer.substring(0, customer.indexOf('.'));
    }
    if (customer != null && customer.length() > 30) {
      found.add(problem(plan, "customerCode", "too-long", "import.sales.too-long", context, 30));
    }
    String product = cell(row, plan, "productCode");
    if (product != null && product.length() > 40) {
      found.add(problem(plan, "productCode", "too-long", "import.sales.too-long", context, 40));
    }
    String description = cell(row, plan, "description");
    if (description != null && description.length() > 300) {
      description = description.substring(0, 300);
    }
    String quantityText = cell(row, plan, "quantity");
    BigDecimal quantity = SalesCells.decimal(quantityText);
    if (quantity == null
        || quantity.signum() == 0
        || quantity.precision() - quantity.scale() > 15) {
      found.add(
          problem(plan, "quantity", "quantity", "import.sales.quantity", context, quantityText));
      quantity = null;
    } else if (quantity.scale() > 4) {
      found.add(
          problem(plan, "quantity", "quantity", "import.sales.quantity", context, quantityText));
      quantity = null;
    }
    String priceText = cell(row, plan, "unitPrice");
    BigDecimal price = SalesCells.decimal(priceText);
    if (price == null || price.scale() > SCALE || price.precision() - price.scale() > 13) {
      found.add(problem(plan, "unitPrice", "price", "import.sales.price", context, priceText));
      price = null;
    } else if (price.signum() < 0) {
      found.add(
          problem(
              plan,
              "unitPrice",
              "negative-price",
              "import.sales.negative-price",
              context,
              priceText));
    }
    String costText = cell(row, plan, "unitCost");
    BigDecimal cost = SalesCells.decimal(costText);
    if (costText != null
        && (cost == null
            || cost.signum() < 0
            || cost.scale() > SCALE
            || cost.precision() - cost.scale() > 13)) {
      found.add(problem(plan, "unitCost", "cost", "import.sales.price", context, costText));
      cost = null;
    }
    String timeText = cell(row, plan, "orderedAt");
    // the lines of an order share their time: read once per chunk
    Instant orderedAt =
        timeText == null
            ? null
            : times.computeIfAbsent(timeText, t -> SalesCells.moment(t, context.zone));
    if (orderedAt == null) {
      found.add(
          timeText == null
              ? problem(plan, "orderedAt", "required", "import.sales.time-missing", context)
              : problem(plan, "orderedAt", "time", "import.sales.time", context, timeText));
    }
    String currencyText = cell(row, plan, "currency");
    String currency = currencyText == null ? context.currency : SalesCells.currency(currencyText);
    if (currency == null) {
      found.add(
          problem(plan, "currency", "currency", "import.sales.currency", context, currencyText));
    }
    return new Line(
        row,
        number,
        customer,
        product,
        description,
        quantity,
        price,
        cost,
        orderedAt,
        cell(row, plan, "country"),
        currency,
        found);
  }

  /** The order of the rows of one number: refused as a whole when they disagree or one is bad. */
  private Order order(
      String number, List<Line> lines, ColumnPlan plan, SalesImportContext context) {
    List<RowOutcome.Problem> found = new ArrayList<>();
    Set<String> customerCodes = new LinkedHashSet<>();
    Set<String> currencies = new LinkedHashSet<>();
    for (Line line : lines) {
      customerCodes.add(line.customer() == null ? "" : line.customer());
      if (line.currency() != null) {
        currencies.add(line.currency());
      }
    }
    if (customerCodes.size() > 1) {
      found.add(
          problem(
              plan,
              "customerCode",
              "customers-differ",
              "import.sales.customers-differ",
              context,
              number,
              String.join(", ", customerCodes.stream().map(c -> c.isEmpty() ? "—" : c).toList())));
    }
    if (currencies.size() > 1) {
      found.add(
          problem(
              plan,
              "currency",
              "currencies-differ",
              "import.sales.currencies-differ",
              context,
              number,
              String.join(", ", currencies)));
    }
    Line bad = lines.stream().filter(Line::fatal).findFirst().orElse(null);
    if (bad != null && found.isEmpty()) {
      found.add(
          new RowOutcome.Problem(
              null,
              "orderNumber",
              "order-refused",
              problems.messageOf(
                  "import.sales.order-refused", context.locale, number, bad.row().number()),
              true));
    }
    return new Order(number, lines, found, found.isEmpty() ? digest(number, lines) : null);
  }

  /** What the file says of an order, as a SHA-256 digest (the rate is added when it is known). */
  private static String digest(String number, List<Line> lines) {
    StringBuilder text = new StringBuilder(lines.size() * 64);
    Line first = lines.getFirst();
    text.append(number)
        .append('|')
        .append(first.customer())
        .append('|')
        .append(first.orderedAt())
        .append('|')
        .append(first.currency());
    for (Line l : lines) {
      text.append('\n')
          .append(l.product())
          .append('|')
          .append(l.description())
          .append('|')
          .append(l.quantity().stripTrailingZeros().toPlainString())
          .append('|')
          .append(l.unitPrice().stripTrailingZeros().toPlainString())
          .append('|')
          .append(l.unitCost() == null ? "" : l.unitCost().stripTrailingZeros().toPlainString());
    }
    return text.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A chunk's orders decided: the rows' outcomes, the customers and products it would create (as
   * footprint keys: a chunk written meanwhile that created one of them overtakes the decision), the
   * check that those an earlier chunk was to create are there, and its writer.
   */
  private record Decision(
      List<RowOutcome> outcomes,
      Set<String> creates,
      java.util.function.BooleanSupplier assumedMissing,
      java.util.function.Supplier<Footprint> writer)
      implements ChunkDecision {

    @Override
    public boolean overtakenBy(Footprint written) {
      return (!creates.isEmpty() && written.holdsAnyKey(creates)) || assumedMissing.getAsBoolean();
    }

    @Override
    public Footprint write() {
      return writer.get();
    }

    @Override
    public boolean rowsInRuns() {
      return true;
    }
  }

  /** What a decision counts for the run's audit record, added when it is written. */
  private static final class Tally {
    int refused;
    int unchanged;
  }

  /** An order that will be written: its rows, the stored order it replaces (null: none). */
  private record Planned(
      Order order,
      String currency,
      BigDecimal rate,
      LocalDate day,
      String hash,
      SalesImportApi.StoredOrder stored) {}

  private Decision decide(List<Order> orders, List<Line> unnumbered, SalesImportContext context) {
    Map<Integer, RowOutcome> outcomes = new TreeMap<>();
    Tally tally = new Tally();
    for (Line line : unnumbered) {
      outcomes.put(
          line.row().number(),
          new RowOutcome(line.row().number(), RowOutcome.ERROR, null, line.problems()));
    }
    List<Order> accepted = new ArrayList<>();
    for (Order order : orders) {
      if (order.refused()) {
        refuse(order, order.problems(), outcomes, tally);
      } else {
        accepted.add(order);
      }
    }
    Map<String, SalesImportApi.StoredOrder> stored =
        sales.orders(accepted.stream().map(Order::number).toList());
    List<Planned> planned = new ArrayList<>();
    for (Order order : accepted) {
      String currency = order.first().currency();
      LocalDate day = LocalDate.ofInstant(order.first().orderedAt(), context.companyZone);
      BigDecimal rate = rate(currency, day, context);
      if (rate == null) {
        refuse(
            order,
            List.of(
                new RowOutcome.Problem(
                    null,
                    "currency",
                    "no-rate",
                    problems.messageOf("import.sales.no-rate", context.locale, currency, day),
                    true)),
            outcomes,
            tally);
        continue;
      }
      String hash = sha256(order.digest() + "|" + rate.stripTrailingZeros().toPlainString());
      SalesImportApi.StoredOrder before = stored.get(order.number());
      if (before != null && hash.equals(before.contentHash())) {
        tally.unchanged++;
        for (Line line : order.lines()) {
          outcomes.put(
              line.row().number(),
              new RowOutcome(line.row().number(), RowOutcome.SKIP, label(order), List.of()));
        }
        continue;
      }
      planned.add(new Planned(order, currency, rate, day, hash, before));
    }
    // the customers of the orders to write: stored (and visible), or to be created
    Set<String> unknownCodes = new LinkedHashSet<>();
    for (Planned p : planned) {
      String code = p.order().first().customer();
      if (code != null
          && !context.customers.containsKey(code)
          && !context.pendingCustomers.contains(code)) {
        unknownCodes.add(code);
      }
    }
    Map<String, Line> toCreate = new LinkedHashMap<>();
    if (!unknownCodes.isEmpty()) {
      List<String> codes = List.copyOf(unknownCodes);
      List<Optional<CustomerImportApi.Match>> matches =
          customers.match(
              codes.stream()
                  .map(c -> new CustomerImportApi.MatchKeys(c, List.of(), List.of()))
                  .toList());
      CustomerImportApi.Batch batch = customers.batch();
      for (int i = 0; i < codes.size(); i++) {
        CustomerImportApi.Match match = matches.get(i).orElse(null);
        if (match == null) {
          continue;
        }
        NormalizedCustomer c = match.customer().customer();
        context.customers.put(
            codes.get(i),
            batch.reaches("customer.read", c.ownerId(), c.orgUnitId())
                ? Optional.of(
                    new SalesImportContext.KnownCustomer(
                        match.customer().id().value(),
                        UserId.valueOrNull(c.ownerId()),
                        OrgUnitId.valueOrNull(c.orgUnitId())))
                : Optional.empty());
      }
    }
    CustomerImportApi.Batch batch = null;
    Map<String, NormalizedCustomer> newCustomers = new LinkedHashMap<>();
    Set<String> assumedCustomers = new java.util.HashSet<>();
    Set<String> assumedProducts = new java.util.HashSet<>();
    List<Planned> writable = new ArrayList<>();
    for (Planned p : planned) {
      String code = p.order().first().customer();
      if (code != null
          && !context.customers.containsKey(code)
          && context.pendingCustomers.contains(code)) {
        assumedCustomers.add(code); // an earlier chunk, not written yet, creates it
      } else if (code != null
          && !context.customers.containsKey(code)
          && !newCustomers.containsKey(code)) {
        if (batch == null) {
          batch = customers.batch();
        }
        Line first = p.order().first();
        CustomerImportApi.Result result =
            batch.normalize(
                new ImportCustomerInput(
                    "ORGANIZATION",
                    problems.messageOf("import.sales.customer-name", context.locale, code),
                    "ACTIVE",
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    SalesCells.country(first.country()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Set.of(),
                    Map.of()),
                new UserId(context.actorId));
        if (!result.valid()) {
          refuse(
              p.order(),
              List.of(
                  new RowOutcome.Problem(
                      null,
                      "customerCode",
                      "customer-invalid",
                      problems.messageOf(
                          "import.sales.customer-invalid",
                          context.locale,
                          code,
                          problems.message(result.violations().getFirst(), context.locale)),
                      true)),
              outcomes,
              tally);
          continue;
        }
        newCustomers.put(code, result.customer());
        toCreate.put(code, first);
      }
      if (code != null
          && context.customers.containsKey(code)
          && context.customers.get(code).isEmpty()) {
        refuse(
            p.order(),
            List.of(
                new RowOutcome.Problem(
                    null,
                    "customerCode",
                    "customer-hidden",
                    problems.messageOf("import.sales.customer-hidden", context.locale, code),
                    true)),
            outcomes,
            tally);
        continue;
      }
      if (code == null && context.actorOrgUnitId == null) {
        // an anonymous sale belongs to the importer's org unit: one without cannot take it
        refuse(
            p.order(),
            List.of(
                new RowOutcome.Problem(
                    null,
                    "customerCode",
                    "no-unit",
                    problems.messageOf("import.sales.no-unit", context.locale),
                    true)),
            outcomes,
            tally);
        continue;
      }
      writable.add(p);
    }
    // the products: stored, or created with the first description seen
    Set<String> productCodes = new LinkedHashSet<>();
    writable.forEach(
        p ->
            p.order().lines().stream()
                .map(Line::product)
                .filter(
                    c ->
                        c != null
                            && !context.products.containsKey(c)
                            && !context.pendingProducts.contains(c))
                .forEach(productCodes::add));
    if (!productCodes.isEmpty()) {
      context.products.putAll(sales.products(productCodes));
    }
    Map<String, SalesImportApi.NewProduct> newProducts = new LinkedHashMap<>();
    for (Planned p : writable) {
      for (Line line : p.order().lines()) {
        if (line.product() != null
            && !context.products.containsKey(line.product())
            && context.pendingProducts.contains(line.product())) {
          assumedProducts.add(line.product());
        } else if (line.product() != null
            && !context.products.containsKey(line.product())
            && !newProducts.containsKey(line.product())) {
          String name = line.description() == null ? line.product() : line.description();
          newProducts.put(
              line.product(), new SalesImportApi.NewProduct(line.product(), name, p.currency()));
        }
      }
      String action = p.stored() == null ? RowOutcome.CREATE : RowOutcome.UPDATE;
      for (Line line : p.order().lines()) {
        outcomes.put(
            line.row().number(),
            new RowOutcome(line.row().number(), action, label(p.order()), List.of()));
      }
    }
    List<RowOutcome> ordered = List.copyOf(outcomes.values());
    Set<String> creates = new java.util.HashSet<>();
    newCustomers.keySet().forEach(code -> creates.add(Footprint.code(code)));
    newProducts.keySet().forEach(code -> creates.add(Footprint.product(code)));
    context.pendingCustomers.addAll(newCustomers.keySet());
    context.pendingProducts.addAll(newProducts.keySet());
    return new Decision(
        ordered,
        creates,
        () ->
            assumedCustomers.stream().anyMatch(c -> !context.customers.containsKey(c))
                || assumedProducts.stream().anyMatch(c -> !context.products.containsKey(c)),
        () -> {
          context.refused.addAndGet(tally.refused);
          context.unchanged.addAndGet(tally.unchanged);
          return write(writable, newCustomers, newProducts, context);
        });
  }

  private Footprint write(
      List<Planned> writable,
      Map<String, NormalizedCustomer> newCustomers,
      Map<String, SalesImportApi.NewProduct> newProducts,
      SalesImportContext context) {
    if (!newCustomers.isEmpty()) {
      List<CustomerImportApi.CodedCustomer> coded = new ArrayList<>(newCustomers.size());
      newCustomers.forEach((code, c) -> coded.add(new CustomerImportApi.CodedCustomer(code, c)));
      List<CustomerImportApi.WrittenCustomer> written =
          customers.createCoded(
              coded,
              new CustomerImportApi.ImportRun(
                  context.importId, new UserId(context.actorId), context.actorName));
      for (int i = 0; i < coded.size(); i++) {
        NormalizedCustomer c = coded.get(i).customer();
        context.customers.put(
            coded.get(i).code(),
            Optional.of(
                new SalesImportContext.KnownCustomer(
                    written.get(i).id().value(),
                    UserId.valueOrNull(c.ownerId()),
                    OrgUnitId.valueOrNull(c.orgUnitId()))));
      }
      context.customersCreated.addAndGet(coded.size());
      context.pendingCustomers.removeAll(newCustomers.keySet());
    }
    List<SalesImportApi.ImportOrder> creates = new ArrayList<>();
    List<SalesImportApi.ImportOrder> replaces = new ArrayList<>();
    for (Planned p : writable) {
      Order order = p.order();
      Line first = order.first();
      SalesImportContext.KnownCustomer customer =
          first.customer() == null ? null : context.customers.get(first.customer()).orElseThrow();
      List<SalesImportApi.ImportOrderLine> lines = new ArrayList<>(order.lines().size());
      for (Line line : order.lines()) {
        SalesImportApi.StoredProduct known =
            line.product() == null ? null : context.products.get(line.product());
        BigDecimal unitCost =
            line.unitCost() != null
                ? line.unitCost()
                : known != null && known.unitCost() != null ? known.unitCost() : BigDecimal.ZERO;
        lines.add(
            new SalesImportApi.ImportOrderLine(
                line.product(), line.description(), line.quantity(), line.unitPrice(), unitCost));
      }
      SalesImportApi.ImportOrder written =
          new SalesImportApi.ImportOrder(
              order.number(),
              order.number().startsWith("C") ? SalesImportApi.CREDIT_NOTE : SalesImportApi.ORDER,
              customer == null ? null : new CustomerId(customer.id()),
              UserId.ofNullable(customer == null ? context.actorId : customer.ownerId()),
              OrgUnitId.ofNullable(
                  customer == null ? context.actorOrgUnitId : customer.orgUnitId()),
              first.orderedAt(),
              p.day(),
              p.currency(),
              p.rate(),
              p.hash(),
              context.importId,
              new UserId(context.actorId),
              lines);
      (p.stored() == null ? creates : replaces).add(written);
    }
    sales.writeOrders(List.copyOf(newProducts.values()), creates, replaces);
    newProducts.forEach(
        (code, p) ->
            context.products.put(
                code,
                new SalesImportApi.StoredProduct(
                    code, p.name(), null, "PIECE", null, null, p.currency(), true, null, null)));
    context.pendingProducts.removeAll(newProducts.keySet());
    context.productsCreated.addAndGet(newProducts.size());
    context.created.addAndGet(creates.size());
    context.replaced.addAndGet(replaces.size());
    if (newCustomers.isEmpty() && newProducts.isEmpty()) {
      return Footprint.NONE;
    }
    Footprint.Builder footprint = new Footprint.Builder();
    newCustomers
        .keySet()
        .forEach(
            code ->
                footprint.customer(
                    context.customers.get(code).orElseThrow().id(), code, List.of(), List.of()));
    newProducts.keySet().forEach(footprint::product);
    return footprint.build();
  }

  private BigDecimal rate(String currency, LocalDate day, SalesImportContext context) {
    if (currency.equals(context.baseCurrency)) {
      return BigDecimal.ONE;
    }
    Map.Entry<LocalDate, BigDecimal> entry =
        context.rates.computeIfAbsent(currency, sales::rates).floorEntry(day);
    return entry == null ? null : entry.getValue();
  }

  private void refuse(
      Order order,
      List<RowOutcome.Problem> orderProblems,
      Map<Integer, RowOutcome> outcomes,
      Tally tally) {
    tally.refused++;
    for (Line line : order.lines()) {
      List<RowOutcome.Problem> all = new ArrayList<>(line.problems());
      if (!line.fatal()) {
        all.addAll(orderProblems);
      } else {
        orderProblems.stream().filter(p -> !"order-refused".equals(p.rule())).forEach(all::add);
      }
      outcomes.put(
          line.row().number(),
          new RowOutcome(line.row().number(), RowOutcome.ERROR, label(order), all));
    }
  }

  private static String label(Order order) {
    return order.number();
  }

  private RowOutcome.Problem problem(
      ColumnPlan plan,
      String field,
      String rule,
      String key,
      SalesImportContext context,
      Object... args) {
    return new RowOutcome.Problem(
        column(plan, field), field, rule, problems.messageOf(key, context.locale, args), true);
  }

  private static String column(ColumnPlan plan, String field) {
    for (ColumnPlan.Column c : plan.columns()) {
      if (c.field().equals(field)) {
        return c.name();
      }
    }
    return null;
  }

  static String cell(SourceRow row, ColumnPlan plan, String field) {
    for (ColumnPlan.Column c : plan.columns()) {
      if (c.field().equals(field)) {
        String value = row.cell(c.index());
        if (value == null || value.isBlank()) {
          return null;
        }
        return value.strip();
      }
    }
    return null;
  }
}
