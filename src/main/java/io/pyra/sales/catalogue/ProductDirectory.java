package io.pyra.sales.catalogue;

import io.pyra.platform.LocalizedName;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Like;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Slice;
import io.pyra.platform.query.SortKey;
import io.pyra.platform.query.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one query behind the product list of the page and of the API: the filter, in the order of the
 * code (then id), paged by an opaque keyset cursor, never counting the whole table. The catalogue
 * is the same for everyone who may read it.
 */
@Component
@Transactional(readOnly = true)
public class ProductDirectory {

  public static final int MAX_LIMIT = 200;

  /** The position after the last product of a page: its code and id. */
  static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("product", String.class, UUID.class);

  private static final String SELECT =
      """
      select p.id, p.code, p.name, p.unit, p.list_price, p.unit_cost, p.currency, p.active,
             p.valid_from, p.valid_to, p.version, c.code as category_code,
             c.name_en as category_name_en, c.name_zh as category_name_zh
        from sales_product p left join sales_product_category c on c.id = p.category_id
       where\s""";

  private final JdbcClient jdbc;
  private final ProductCategories categories;

  ProductDirectory(JdbcClient jdbc, ProductCategories categories) {
    this.jdbc = jdbc;
    this.categories = categories;
  }

  /** Up to {@code limit} products after {@code cursor} (null: from the start). */
  public Slice<ProductRow> search(ProductFilter filter, String cursor, int limit) {
    int size = Slice.size(limit, MAX_LIMIT);
    Where where = new Where();
    if (filter.text() != null) {
      where.and(
          "(lower(p.code) like :text "
              + Like.ESCAPE
              + " or lower(p.name) like :text "
              + Like.ESCAPE
              + ")",
          "text",
          Like.contains(filter.text().toLowerCase(Locale.ROOT)));
    }
    if (filter.code() != null) {
      where.and("upper(p.code) = :code", "code", filter.code().toUpperCase(Locale.ROOT));
    }
    if (filter.category() != null) {
      Set<UUID> ids = categories.withDescendants(filter.category());
      where.and(
          ids.isEmpty()
              ? QueryPart.NEVER
              : QueryPart.of("p.category_id in (:categories)", "categories", List.copyOf(ids)));
    }
    if (filter.active() != null) {
      where.and("p.active = :active", "active", filter.active());
    }
    KeysetCursor after = CURSOR.decode(cursor);
    if (after != null) {
      where.and(ProductOrder.CODE.after(after.string(0), after.uuid(1)));
    }
    where.param("limit", size + 1);
    List<ProductRow> rows =
        where
            .query(jdbc, SELECT, ProductOrder.CODE.orderBy(), "limit :limit")
            .query(ProductDirectory::row)
            .list();
    return Slice.of(rows, size, last -> CURSOR.encode(last.code(), last.id()));
  }

  private static ProductRow row(ResultSet rs, int n) throws SQLException {
    String categoryCode = rs.getString("category_code");
    return new ProductRow(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        categoryCode,
        categoryCode == null
            ? null
            : new LocalizedName(rs.getString("category_name_en"), rs.getString("category_name_zh")),
        ProductUnit.valueOf(rs.getString("unit")),
        rs.getBigDecimal("list_price"),
        rs.getBigDecimal("unit_cost"),
        rs.getString("currency"),
        rs.getBoolean("active"),
        rs.getObject("valid_from", java.time.LocalDate.class),
        rs.getObject("valid_to", java.time.LocalDate.class),
        rs.getLong("version"));
  }

  /** The order of the list: by code, then id. */
  private enum ProductOrder implements SortKey {
    CODE("order by p.code, p.id", "(p.code > :after0 or (p.code = :after0 and p.id > :after1))");

    private final String orderBy;
    private final String after;

    ProductOrder(String orderBy, String after) {
      this.orderBy = orderBy;
      this.after = after;
    }

    @Override
    public String orderBy() {
      return orderBy;
    }

    @Override
    public String after() {
      return after;
    }
  }
}
