package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.sales.importing.ImportedSales;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the import (integration module) may use of the sales module: reads of the stored orders,
 * products, categories and rates a chunk's rows name, and the chunk's set-based writes of orders
 * with their lines, products, instalments and payments, in the caller's transaction (PostgreSQL
 * {@code COPY}, JDBC batches on H2). Integration keeps the files, the mapping, the jobs and the
 * pipeline; the sales tables are read and written only here.
 */
@Service
public class SalesImportApi {

  /** Order kinds and status as the import writes them. */
  public static final String ORDER = "ORDER";

  public static final String CREDIT_NOTE = "CREDIT_NOTE";

  /** The units a product may be counted in. */
  public static final List<String> UNITS = List.of("COURSE", "HOUR", "PIECE", "LICENCE");

  /** The ways a payment may be made. */
  public static final List<String> METHODS =
      List.of("CASH", "CARD", "TRANSFER", "ALIPAY", "WECHAT", "CHEQUE", "OTHER");

  private final ImportedSales sales;

  private final IdentityApi identity;

  SalesImportApi(ImportedSales sales, IdentityApi identity) {
    this.identity = identity;
    this.sales = sales;
  }

  /** The company's base currency (CNY while the setting is not stored yet). */
  public String baseCurrency() {
    return sales.baseCurrency();
  }

  /**
   * The stored rates of a currency by the day they are valid from (base units for one unit of the
   * currency); empty when it has none.
   */
  public NavigableMap<LocalDate, BigDecimal> rates(String currency) {
    return sales.rates(currency);
  }

  /** The stored products among {@code codes}, by code. */
  public Map<String, StoredProduct> products(Collection<String> codes) {
    return sales.products(codes);
  }

  /** The codes of every product category. */
  public java.util.Set<String> categories() {
    return sales.categories();
  }

  /** The stored orders among {@code numbers}, by number. */
  public Map<String, StoredOrder> orders(Collection<String> numbers) {
    return sales.orders(numbers);
  }

  /**
   * The stored orders of these numbers that {@code reader}'s {@code order.read} reaches: a payments
   * import finds no order its importer may not see, exactly as if the number were unknown.
   */
  public Map<String, StoredOrder> ordersSeenBy(Collection<String> numbers, UserId reader) {
    return sales.orders(numbers, identity.visibility(reader, "order.read"));
  }

  /**
   * Writes one chunk of orders in the caller's transaction: the products they need first, then
   * {@code creates} as new orders and {@code replaces} over the stored orders of the same ids
   * (header set again, lines replaced; payments and refunds kept).
   */
  public void writeOrders(
      List<NewProduct> products, List<ImportOrder> creates, List<ImportOrder> replaces) {
    sales.writeOrders(products, creates, replaces);
  }

  /** Creates and changes products in the caller's transaction. */
  public void writeProducts(List<ImportProduct> creates, List<ImportProduct> updates) {
    sales.writeProducts(creates, updates);
  }

  /**
   * The instalments and payments already stored for the orders (by number), to skip those a file
   * repeats.
   */
  public Map<String, StoredSchedule> schedules(Collection<String> orderNumbers) {
    return sales.schedules(orderNumbers);
  }

  /**
   * Adds instalments and payments in the caller's transaction; each order's paid amount grows by
   * its new payments.
   */
  public void writePayments(List<NewInstalment> instalments, List<NewPayment> payments) {
    sales.writePayments(instalments, payments);
  }

  /** One audit record for an import run: what it did, counted. */
  public void audit(ImportRun run, String entity, Map<String, Integer> counts) {
    sales.audit(run, entity, counts);
  }

  /** Which import writes and who runs it. */
  public record ImportRun(UUID importId, UserId actor, String actorName) {}

  /** A stored order as the import compares it: its id and the digest of its imported content. */
  public record StoredOrder(
      String number, String contentHash, BigDecimal amount, BigDecimal paid) {}

  /** A stored product: what an import row may leave as it is or change. */
  public record StoredProduct(
      String code,
      String name,
      String categoryCode,
      String unit,
      BigDecimal listPrice,
      BigDecimal unitCost,
      String currency,
      boolean active,
      LocalDate validFrom,
      LocalDate validTo) {}

  /** A product an order line names that the catalogue lacks: created with the order. */
  public record NewProduct(String code, String name, String currency) {}

  /** A product of a products import, matched by code. */
  public record ImportProduct(
      String code,
      String name,
      String categoryCode,
      String unit,
      BigDecimal listPrice,
      BigDecimal unitCost,
      String currency,
      boolean active,
      LocalDate validFrom,
      LocalDate validTo) {}

  /**
   * An imported order, COMPLETED: its number (the stored order of that number is replaced),
   * customer (null: an anonymous sale), owner and org unit, time and day, currency and rate, digest
   * of the file's content, and lines in file order.
   */
  public record ImportOrder(
      String number,
      String kind,
      CustomerId customerId,
      UserId ownerId,
      OrgUnitId orgUnitId,
      Instant orderedAt,
      LocalDate orderDay,
      String currency,
      BigDecimal exchangeRate,
      String contentHash,
      UUID importId,
      UserId createdBy,
      List<ImportOrderLine> lines) {}

  /** A line: product code (null: a free description), quantity, unit price and unit cost. */
  public record ImportOrderLine(
      String productCode,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal unitCost) {}

  /** The instalments (due day, amount) and payments (day, amount, method) an order holds. */
  public record StoredSchedule(List<String> instalments, List<String> payments, int lastSeq) {

    public static String instalmentKey(LocalDate dueOn, BigDecimal amount) {
      return dueOn + "|" + amount.stripTrailingZeros().toPlainString();
    }

    public static String paymentKey(LocalDate paidOn, BigDecimal amount, String method) {
      return paidOn + "|" + amount.stripTrailingZeros().toPlainString() + "|" + method;
    }
  }

  public record NewInstalment(String orderNumber, int seq, LocalDate dueOn, BigDecimal amount) {}

  public record NewPayment(
      String orderNumber,
      BigDecimal amount,
      Instant paidAt,
      LocalDate paidOn,
      String method,
      UserId createdBy) {}
}
