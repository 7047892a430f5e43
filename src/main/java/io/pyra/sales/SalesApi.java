package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import io.pyra.platform.LocalizedName;
import io.pyra.sales.figures.CustomerSalesFiguresQuery;
import io.pyra.sales.money.BaseCurrency;
import io.pyra.sales.opportunity.OpportunityService;
import io.pyra.sales.opportunity.SaveOpportunity;
import io.pyra.sales.payment.RefundService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may use of the sales module: the figures of a customer (revenue, cost, margin,
 * what is outstanding and overdue, and how punctually it pays: the credit indicator the grading
 * uses). The figures are the customer's whatever the reader's reach over orders; a caller that
 * shows them checks that the reader may see the customer and sales figures.
 */
@Service
public class SalesApi {

  private final CustomerSalesFiguresQuery figures;
  private final BaseCurrency baseCurrency;
  private final RefundService refunds;
  private final ZoneId zone;
  private final JdbcClient jdbc;
  private final ObjectProvider<OpportunityService> opportunities;

  SalesApi(
      CustomerSalesFiguresQuery figures,
      BaseCurrency baseCurrency,
      RefundService refunds,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone,
      JdbcClient jdbc,
      ObjectProvider<OpportunityService> opportunities) {
    this.figures = figures;
    this.baseCurrency = baseCurrency;
    this.refunds = refunds;
    this.zone = ZoneId.of(zone);
    this.jdbc = jdbc;
    this.opportunities = opportunities;
  }

  /** The most catalogue items {@link #catalogueItems} gives of each kind. */
  public static final int CATALOGUE_ITEMS_MAX = 500;

  /**
   * The active categories (in their order) and then the active products (by code) of the catalogue,
   * at most {@link #CATALOGUE_ITEMS_MAX} of each: what a lead may be interested in.
   */
  public List<CatalogueItem> catalogueItems() {
    List<CatalogueItem> items = new ArrayList<>();
    items.addAll(
        jdbc.sql(
                """
                select id, code, name_en, name_zh from sales_product_category where active = true
                 order by sort_order, code fetch first 500 rows only""")
            .query(
                (rs, n) ->
                    new CatalogueItem(
                        new CatalogueItemId(rs.getObject(1, UUID.class)),
                        true,
                        rs.getString(2),
                        new LocalizedName(rs.getString(3), rs.getString(4))))
            .list());
    items.addAll(
        jdbc.sql(
                """
                select id, code, name from sales_product where active = true
                 order by code fetch first 500 rows only""")
            .query(
                (rs, n) ->
                    new CatalogueItem(
                        new CatalogueItemId(rs.getObject(1, UUID.class)),
                        false,
                        rs.getString(2),
                        new LocalizedName(rs.getString(3), rs.getString(3))))
            .list());
    return items;
  }

  /** The catalogue's product or category with this id (active or not), if there is one. */
  public Optional<CatalogueItem> catalogueItem(CatalogueItemId item) {
    if (item == null) {
      return Optional.empty();
    }
    UUID id = item.value();
    Optional<CatalogueItem> product =
        jdbc.sql("select id, code, name from sales_product where id = :id")
            .param("id", id)
            .query(
                (rs, n) ->
                    new CatalogueItem(
                        new CatalogueItemId(rs.getObject(1, UUID.class)),
                        false,
                        rs.getString(2),
                        new LocalizedName(rs.getString(3), rs.getString(3))))
            .optional();
    if (product.isPresent()) {
      return product;
    }
    return jdbc.sql("select id, code, name_en, name_zh from sales_product_category where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new CatalogueItem(
                    new CatalogueItemId(rs.getObject(1, UUID.class)),
                    true,
                    rs.getString(2),
                    new LocalizedName(rs.getString(3), rs.getString(4))))
        .optional();
  }

  /**
   * Opens an opportunity for the current user (who needs {@code opportunity.write}) on a customer
   * they may read: {@code title} (at most 200), owner (null: the current user), in the first stage
   * of the first active pipeline, amount zero in the base currency, with {@code notes} (at most
   * 2000). Answers its id; a broken field is a 422 naming it. In the caller's transaction.
   */
  public OpportunityId openOpportunity(
      CustomerId customerId, String title, UserId ownerId, String notes) {
    var opened =
        opportunities
            .getObject()
            .create(
                new SaveOpportunity(
                    title,
                    customerId.value(),
                    null,
                    UserId.valueOrNull(ownerId),
                    null,
                    null,
                    null,
                    baseCurrency(),
                    null,
                    null,
                    null,
                    null,
                    notes));
    return new OpportunityId(opened.id());
  }

  /** The catalogue's product with this id (active or not), if there is one. */
  public Optional<Course> course(ProductId id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("select id, code, name, active from sales_product where id = :id")
        .param("id", id.value())
        .query(
            (rs, n) ->
                new Course(
                    new ProductId(rs.getObject(1, UUID.class)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4)))
        .optional();
  }

  /** The active products of the catalogue by code, at most {@link #CATALOGUE_ITEMS_MAX}. */
  public List<Course> activeCourses() {
    return jdbc.sql(
            """
            select id, code, name, active from sales_product where active = true
             order by code fetch first 500 rows only""")
        .query(
            (rs, n) ->
                new Course(
                    new ProductId(rs.getObject(1, UUID.class)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4)))
        .list();
  }

  /**
   * What the order (of any kind) gives for the product, see {@link ContractCourse}; empty when
   * there is no such order. Whoever may see orders: the caller checks its own permission and that
   * the customer is the one it expects.
   */
  public Optional<ContractCourse> contractCourse(OrderId orderId, ProductId productId) {
    if (orderId == null || productId == null) {
      return Optional.empty();
    }
    return contractCourse(CONTRACT_COURSE_BY_ID, orderId.value(), productId);
  }

  /**
   * As {@link #contractCourse(OrderId, ProductId)}, the order found by its number (case ignored).
   */
  public Optional<ContractCourse> contractCourse(String orderNumber, ProductId productId) {
    if (orderNumber == null || orderNumber.isBlank() || productId == null) {
      return Optional.empty();
    }
    return contractCourse(
        CONTRACT_COURSE_BY_NUMBER,
        orderNumber.strip().toUpperCase(java.util.Locale.ROOT),
        productId);
  }

  private static final String CONTRACT_COURSE =
      """
      select o.id, o.number, o.customer_id, o.kind, o.status, o.exchange_rate,
             coalesce(sum(l.quantity), 0), coalesce(sum(l.amount), 0)
        from sales_order o
        left join sales_order_line l on l.order_id = o.id and l.product_id = :product
       where\s""";

  private static final String CONTRACT_COURSE_GROUP =
      " group by o.id, o.number, o.customer_id, o.kind, o.status, o.exchange_rate";

  private static final String CONTRACT_COURSE_BY_ID =
      CONTRACT_COURSE + "o.id = :order" + CONTRACT_COURSE_GROUP;

  private static final String CONTRACT_COURSE_BY_NUMBER =
      CONTRACT_COURSE + "upper(o.number) = :order" + CONTRACT_COURSE_GROUP;

  private Optional<ContractCourse> contractCourse(String sql, Object order, ProductId productId) {
    return jdbc.sql(sql)
        .param("order", order)
        .param("product", productId.value())
        .query(
            (rs, n) -> {
              UUID customer = rs.getObject(3, UUID.class);
              boolean usable =
                  "CONTRACT".equals(rs.getString(4))
                      && ("SIGNED".equals(rs.getString(5)) || "ACTIVE".equals(rs.getString(5)));
              BigDecimal amountBase =
                  rs.getBigDecimal(8)
                      .multiply(rs.getBigDecimal(6))
                      .setScale(6, java.math.RoundingMode.HALF_UP);
              return new ContractCourse(
                  new OrderId(rs.getObject(1, UUID.class)),
                  rs.getString(2),
                  customer == null ? null : new CustomerId(customer),
                  usable,
                  rs.getBigDecimal(7).setScale(0, java.math.RoundingMode.DOWN).intValueExact(),
                  amountBase);
            })
        .optional();
  }

  /** The company's base currency (ISO 4217 code, e.g. CNY), in which figures are counted. */
  public String baseCurrency() {
    return baseCurrency.code();
  }

  /**
   * The customer's order with this number (case ignored) and what may still be refunded on it;
   * empty when the customer has no such order. For a module that must check a refund it will ask
   * for later (a complaint's compensation); whoever may see orders.
   */
  public Optional<RefundableOrder> refundableOrder(CustomerId customerId, String orderNumber) {
    if (customerId == null) {
      return Optional.empty();
    }
    return refunds
        .customerOrder(customerId.value(), orderNumber)
        .map(
            o ->
                new RefundableOrder(new OrderId(o.id()), o.number(), o.currency(), o.refundable()));
  }

  /**
   * Refunds {@code amount} (in the order's currency) on the customer's order {@code orderNumber}
   * because another module decided so (a complaint's compensation, approved by a manager where it
   * needed approval): the caller has checked its own permission, sales neither asks {@code
   * payment.write} nor the reach of {@code order.read}. Refused (422 naming {@code orderNumber} or
   * {@code amount}, nothing changed) when the customer has no such order or the amount is not
   * positive or more than what was paid and not yet refunded. The refund is recorded by the current
   * user, audited, and {@link RefundIssued} goes out, exactly as finance's own.
   */
  public RefundId refundForComplaint(
      CustomerId customerId, String orderNumber, BigDecimal amount, String reason) {
    return new RefundId(refunds.issueFor(customerId.value(), orderNumber, amount, reason).id());
  }

  /**
   * The customer's figures today, in the company's time zone (see {@link CustomerSalesFigures}).
   */
  public CustomerSalesFigures figuresOf(CustomerId customerId) {
    return figuresOf(customerId, LocalDate.now(zone));
  }

  /**
   * The customer's figures on the company's day {@code asOf}: the orders, payments and refunds of
   * the days up to it count. See {@code FiguresArithmetic.compute} for each figure's definition.
   */
  public CustomerSalesFigures figuresOf(CustomerId customerId, LocalDate asOf) {
    return figures.of(customerId, asOf);
  }
}
