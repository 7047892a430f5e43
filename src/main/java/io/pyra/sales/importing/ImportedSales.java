package io.pyra.sales.importing;

import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.identity.Visibility;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.bulk.BulkRows;
import io.pyra.platform.query.Where;
import io.pyra.sales.SalesImportApi.ImportOrder;
import io.pyra.sales.SalesImportApi.ImportOrderLine;
import io.pyra.sales.SalesImportApi.ImportProduct;
import io.pyra.sales.SalesImportApi.ImportRun;
import io.pyra.sales.SalesImportApi.NewInstalment;
import io.pyra.sales.SalesImportApi.NewPayment;
import io.pyra.sales.SalesImportApi.NewProduct;
import io.pyra.sales.SalesImportApi.StoredOrder;
import io.pyra.sales.SalesImportApi.StoredProduct;
import io.pyra.sales.SalesImportApi.StoredSchedule;
import io.pyra.sales.SalesImported;
import io.pyra.sales.order.OrderNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import's reads and set-based writes of the sales tables, in the caller's transaction: new
 * orders, lines, products, instalments and payments streamed with PostgreSQL {@code COPY} (JDBC
 * batches on H2, through {@link BulkRows}); replaced orders updated and their lines deleted in JDBC
 * batches. Only sales tables are named here.
 */
@Component
public class ImportedSales {

  private static final int IN_LIST = 1000;
  private static final int SCALE = 6;

  private static final String ORDER_COLUMNS =
      "id, number, kind, status, customer_id, owner_id, org_unit_id, ordered_at, order_day, currency,"
          + " exchange_rate, amount, cost, amount_base, cost_base, paid, refunded, line_count, import_id,"
          + " created_by, version, created_at, updated_at, content_hash";

  private static final String LINE_COLUMNS =
      "order_id, line_no, product_id, description, quantity, unit_price, discount_percent, unit_cost,"
          + " amount, cost";

  private static final String PRODUCT_COLUMNS =
      "id, code, name, category_id, unit, list_price, unit_cost, currency, active, valid_from, valid_to,"
          + " version, created_at, updated_at";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final BulkRows bulk;
  private final AuditLog audit;
  private final OrderNumbers numbers;
  private final ApplicationEventPublisher events;

  ImportedSales(
      JdbcClient jdbc,
      JdbcTemplate template,
      BulkRows bulk,
      AuditLog audit,
      OrderNumbers numbers,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.template = template;
    this.bulk = bulk;
    this.audit = audit;
    this.numbers = numbers;
    this.events = events;
  }

  public String baseCurrency() {
    return jdbc.sql("select base_currency from sales_setting where id = 1")
        .query(String.class)
        .optional()
        .orElse("CNY");
  }

  public NavigableMap<LocalDate, BigDecimal> rates(String currency) {
    NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();
    jdbc.sql("select valid_from, rate from sales_exchange_rate where currency = ?")
        .param(currency)
        .query((rs, n) -> rates.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
        .list();
    return rates;
  }

  public Map<String, StoredProduct> products(Collection<String> codes) {
    Map<String, StoredProduct> found = new HashMap<>();
    for (List<String> part : parts(codes)) {
      jdbc.sql(
              """
              select p.code, p.name, c.code as category_code, p.unit, p.list_price, p.unit_cost, p.currency,
                     p.active, p.valid_from, p.valid_to
                from sales_product p left join sales_product_category c on c.id = p.category_id
               where p.code in (:codes)""")
          .param("codes", part)
          .query(StoredProduct.class)
          .list()
          .forEach(p -> found.put(p.code(), p));
    }
    return found;
  }

  public java.util.Set<String> categories() {
    return categoryIds().keySet();
  }

  private Map<String, UUID> categoryIds() {
    Map<String, UUID> found = new LinkedHashMap<>();
    jdbc.sql("select code, id from sales_product_category order by code")
        .query((rs, n) -> found.put(rs.getString(1), rs.getObject(2, UUID.class)))
        .list();
    return found;
  }

  /** The ids of the stored products among {@code codes}, by code. */
  private Map<String, UUID> productIds(Collection<String> codes) {
    Map<String, UUID> found = new HashMap<>();
    for (List<String> part : parts(codes)) {
      jdbc.sql("select code, id from sales_product where code in (:codes)")
          .param("codes", part)
          .query((rs, n) -> found.put(rs.getString(1), rs.getObject(2, UUID.class)))
          .list();
    }
    return found;
  }

  /** The ids of the stored orders among {@code numbers}, by number. */
  private Map<String, UUID> orderIds(Collection<String> numbers) {
    Map<String, UUID> found = new HashMap<>();
    for (List<String> part : parts(numbers)) {
      jdbc.sql("select number, id from sales_order where number in (:numbers)")
          .param("numbers", part)
          .query((rs, n) -> found.put(rs.getString(1), rs.getObject(2, UUID.class)))
          .list();
    }
    return found;
  }

  public Map<String, StoredOrder> orders(Collection<String> numbers) {
    Map<String, StoredOrder> found = new HashMap<>();
    for (List<String> part : parts(numbers)) {
      jdbc.sql(
              "select number, content_hash, amount, paid from sales_order where number in (:numbers)")
          .param("numbers", part)
          .query(StoredOrder.class)
          .list()
          .forEach(o -> found.put(o.number(), o));
    }
    return found;
  }

  /** As {@link #orders(Collection)}, only the orders within {@code visibility}. */
  public Map<String, StoredOrder> orders(Collection<String> numbers, Visibility visibility) {
    Map<String, StoredOrder> found = new HashMap<>();
    for (List<String> part : parts(numbers)) {
      new Where()
          .and("o.number in (:numbers)", "numbers", part)
          .and(visibility.condition("o.owner_id", "o.org_unit_id"))
          .query(
              jdbc, "select o.number, o.content_hash, o.amount, o.paid from sales_order o where ")
          .query(StoredOrder.class)
          .list()
          .forEach(o -> found.put(o.number(), o));
    }
    return found;
  }

  public void writeOrders(
      List<NewProduct> products, List<ImportOrder> creates, List<ImportOrder> replaces) {
    Instant now = Instant.now();
    List<Object[]> productRows = new ArrayList<>(products.size());
    for (NewProduct p : products) {
      productRows.add(
          new Object[] {
            Ids.newId(),
            p.code(),
            p.name(),
            null,
            "PIECE",
            null,
            null,
            p.currency(),
            true,
            null,
            null,
            0L,
            now,
            now
          });
    }
    bulk.insert("sales_product", PRODUCT_COLUMNS, productRows);
    java.util.Set<String> codes = new java.util.HashSet<>();
    creates.forEach(o -> o.lines().forEach(l -> codes.add(l.productCode())));
    replaces.forEach(o -> o.lines().forEach(l -> codes.add(l.productCode())));
    codes.remove(null);
    Map<String, UUID> productIds = productIds(codes);
    Map<String, UUID> replacedIds =
        replaces.isEmpty()
            ? Map.of()
            : orderIds(replaces.stream().map(ImportOrder::number).toList());
    List<Object[]> orderRows = new ArrayList<>(creates.size());
    List<Object[]> lineRows = new ArrayList<>();
    for (ImportOrder o : creates) {
      UUID id = Ids.newId();
      Totals t = lines(id, o, productIds, lineRows);
      orderRows.add(
          new Object[] {
            id,
            o.number(),
            o.kind(),
            "COMPLETED",
            customer(o.customerId()),
            UserId.valueOrNull(o.ownerId()),
            OrgUnitId.valueOrNull(o.orgUnitId()),
            o.orderedAt(),
            o.orderDay(),
            o.currency(),
            o.exchangeRate(),
            t.amount(),
            t.cost(),
            base(t.amount(), o.exchangeRate()),
            base(t.cost(), o.exchangeRate()),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            o.lines().size(),
            o.importId(),
            UserId.valueOrNull(o.createdBy()),
            0L,
            now,
            now,
            o.contentHash()
          });
    }
    List<Object[]> updates = new ArrayList<>(replaces.size());
    List<Object[]> emptied = new ArrayList<>(replaces.size());
    for (ImportOrder o : replaces) {
      UUID id = replacedIds.get(o.number());
      Totals t = lines(id, o, productIds, lineRows);
      emptied.add(new Object[] {id});
      updates.add(
          new Object[] {
            o.kind(),
            customer(o.customerId()),
            UserId.valueOrNull(o.ownerId()),
            OrgUnitId.valueOrNull(o.orgUnitId()),
            SqlTime.utc(o.orderedAt()),
            Date.valueOf(o.orderDay()),
            o.currency(),
            o.exchangeRate(),
            t.amount(),
            t.cost(),
            base(t.amount(), o.exchangeRate()),
            base(t.cost(), o.exchangeRate()),
            o.lines().size(),
            o.importId(),
            o.contentHash(),
            SqlTime.utc(now),
            id
          });
    }
    bulk.insert("sales_order", ORDER_COLUMNS, orderRows);
    // a generated number must not meet an imported one (replaced orders keep theirs)
    numbers.taken(creates.stream().map(ImportOrder::number).toList());
    if (!updates.isEmpty()) {
      template.batchUpdate(
          """
          update sales_order set kind = ?, status = 'COMPLETED', customer_id = ?, owner_id = ?, org_unit_id = ?,
                 ordered_at = ?, order_day = ?, currency = ?, exchange_rate = ?, amount = ?, cost = ?,
                 amount_base = ?, cost_base = ?, line_count = ?, import_id = ?, content_hash = ?,
                 version = version + 1, updated_at = ?
           where id = ?""",
          updates);
      template.batchUpdate("delete from sales_order_line where order_id = ?", emptied);
    }
    bulk.insert("sales_order_line", LINE_COLUMNS, lineRows);
  }

  private record Totals(BigDecimal amount, BigDecimal cost) {}

  /** Adds the order's lines to {@code rows} and answers its totals (scale 6, half even). */
  private static UUID customer(CustomerId id) {
    return id == null ? null : id.value();
  }

  private static Totals lines(
      UUID orderId, ImportOrder o, Map<String, UUID> productIds, List<Object[]> rows) {
    BigDecimal amount = BigDecimal.ZERO.setScale(SCALE);
    BigDecimal cost = BigDecimal.ZERO.setScale(SCALE);
    int no = 1;
    for (ImportOrderLine line : o.lines()) {
      BigDecimal lineAmount =
          line.quantity().multiply(line.unitPrice()).setScale(SCALE, RoundingMode.HALF_EVEN);
      BigDecimal lineCost =
          line.quantity().multiply(line.unitCost()).setScale(SCALE, RoundingMode.HALF_EVEN);
      amount = amount.add(lineAmount);
      cost = cost.add(lineCost);
      rows.add(
          new Object[] {
            orderId,
            no++,
            line.productCode() == null ? null : productIds.get(line.productCode()),
            line.description(),
            line.quantity(),
            line.unitPrice(),
            BigDecimal.ZERO,
            line.unitCost(),
            lineAmount,
            lineCost
          });
    }
    return new Totals(amount, cost);
  }

  private static BigDecimal base(BigDecimal amount, BigDecimal rate) {
    return amount.multiply(rate).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  public void writeProducts(List<ImportProduct> creates, List<ImportProduct> updates) {
    Instant now = Instant.now();
    Map<String, UUID> categories = categoryIds();
    List<Object[]> rows = new ArrayList<>(creates.size());
    for (ImportProduct p : creates) {
      rows.add(
          new Object[] {
            Ids.newId(),
            p.code(),
            p.name(),
            p.categoryCode() == null ? null : categories.get(p.categoryCode()),
            p.unit(),
            p.listPrice(),
            p.unitCost(),
            p.currency(),
            p.active(),
            p.validFrom(),
            p.validTo(),
            0L,
            now,
            now
          });
    }
    bulk.insert("sales_product", PRODUCT_COLUMNS, rows);
    if (!updates.isEmpty()) {
      template.batchUpdate(
          """
          update sales_product set name = ?, category_id = ?, unit = ?, list_price = ?, unit_cost = ?,
                 currency = ?, active = ?, valid_from = ?, valid_to = ?, version = version + 1, updated_at = ?
           where code = ?""",
          updates.stream()
              .map(
                  p ->
                      new Object[] {
                        p.name(),
                        p.categoryCode() == null ? null : categories.get(p.categoryCode()),
                        p.unit(),
                        p.listPrice(),
                        p.unitCost(),
                        p.currency(),
                        p.active(),
                        p.validFrom() == null ? null : Date.valueOf(p.validFrom()),
                        p.validTo() == null ? null : Date.valueOf(p.validTo()),
                        SqlTime.utc(now),
                        p.code()
                      })
              .toList());
    }
  }

  public Map<String, StoredSchedule> schedules(Collection<String> orderNumbers) {
    Map<String, List<String>> instalments = new HashMap<>();
    Map<String, List<String>> payments = new HashMap<>();
    Map<String, Integer> seqs = new HashMap<>();
    for (List<String> part : parts(orderNumbers)) {
      jdbc.sql(
              """
              select o.number, i.seq, i.due_on, i.amount
                from sales_instalment i join sales_order o on o.id = i.order_id
               where o.number in (:numbers)""")
          .param("numbers", part)
          .query(
              (rs, n) -> {
                String id = rs.getString(1);
                seqs.merge(id, rs.getInt(2), Math::max);
                return instalments
                    .computeIfAbsent(id, k -> new ArrayList<>())
                    .add(
                        StoredSchedule.instalmentKey(
                            rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)));
              })
          .list();
      jdbc.sql(
              """
              select o.number, p.paid_on, p.amount, p.method
                from sales_payment p join sales_order o on o.id = p.order_id
               where o.number in (:numbers)""")
          .param("numbers", part)
          .query(
              (rs, n) ->
                  payments
                      .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                      .add(
                          StoredSchedule.paymentKey(
                              rs.getObject(2, LocalDate.class),
                              rs.getBigDecimal(3),
                              rs.getString(4))))
          .list();
    }
    Map<String, StoredSchedule> found = new HashMap<>();
    for (String id : orderNumbers) {
      found.put(
          id,
          new StoredSchedule(
              instalments.getOrDefault(id, List.of()),
              payments.getOrDefault(id, List.of()),
              seqs.getOrDefault(id, 0)));
    }
    return found;
  }

  public void writePayments(List<NewInstalment> instalments, List<NewPayment> payments) {
    Instant now = Instant.now();
    java.util.Set<String> numbers = new java.util.HashSet<>();
    instalments.forEach(i -> numbers.add(i.orderNumber()));
    payments.forEach(p -> numbers.add(p.orderNumber()));
    Map<String, UUID> ids = orderIds(numbers);
    bulk.insert(
        "sales_instalment",
        "order_id, seq, due_on, amount",
        instalments.stream()
            .map(i -> new Object[] {ids.get(i.orderNumber()), i.seq(), i.dueOn(), i.amount()})
            .toList());
    bulk.insert(
        "sales_payment",
        "id, order_id, amount, paid_at, paid_on, method, prepayment, created_by, created_at",
        payments.stream()
            .map(
                p ->
                    new Object[] {
                      Ids.newId(),
                      ids.get(p.orderNumber()),
                      p.amount(),
                      p.paidAt(),
                      p.paidOn(),
                      p.method(),
                      false,
                      UserId.valueOrNull(p.createdBy()),
                      now
                    })
            .toList());
    Map<UUID, BigDecimal> paid = new LinkedHashMap<>();
    payments.forEach(p -> paid.merge(ids.get(p.orderNumber()), p.amount(), BigDecimal::add));
    if (!paid.isEmpty()) {
      template.batchUpdate(
          "update sales_order set paid = paid + ?, version = version + 1, updated_at = ? where id = ?",
          paid.entrySet().stream()
              .map(e -> new Object[] {e.getValue(), SqlTime.utc(now), e.getKey()})
              .toList());
    }
  }

  public void audit(ImportRun run, String entity, Map<String, Integer> counts) {
    String recordType =
        switch (entity) {
          case "products" -> "sales_product";
          case "payments" -> "sales_payment";
          default -> "sales_order";
        };
    List<FieldChange> changes = new ArrayList<>();
    counts.forEach(
        (name, count) -> changes.add(new FieldChange(name, null, String.valueOf(count))));
    audit.append(
        new AuditEvent(
            "IMPORT",
            recordType,
            run.importId().toString(),
            run.actor().value(),
            run.actorName(),
            changes));
    int created = counts.getOrDefault("ordersCreated", 0);
    int replaced = counts.getOrDefault("ordersReplaced", 0);
    if (created + replaced > 0) {
      events.publishEvent(new SalesImported(created, replaced));
    }
  }

  private static <T> List<List<T>> parts(Collection<T> values) {
    List<T> all = List.copyOf(new java.util.LinkedHashSet<>(values));
    List<List<T>> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIST) {
      parts.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
    }
    return parts;
  }
}
