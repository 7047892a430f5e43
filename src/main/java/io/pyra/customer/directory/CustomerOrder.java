package io.pyra.customer.directory;

import io.pyra.platform.query.SortKey;

/**
 * The orders of the customer list in SQL, one per sort column and direction, each made total by the
 * id; the keyset reads the customers after a position in that order.
 */
enum CustomerOrder implements SortKey {
  NAME("order by c.name_key, c.id", "(c.name_key, c.id) > (:after0, :after1)"),
  NAME_DESC("order by c.name_key desc, c.id desc", "(c.name_key, c.id) < (:after0, :after1)"),
  CODE("order by c.code, c.id", "(c.code, c.id) > (:after0, :after1)"),
  CODE_DESC("order by c.code desc, c.id desc", "(c.code, c.id) < (:after0, :after1)"),
  CREATED("order by c.created_at, c.id", "(c.created_at, c.id) > (:after0, :after1)"),
  CREATED_DESC(
      "order by c.created_at desc, c.id desc", "(c.created_at, c.id) < (:after0, :after1)"),
  UPDATED("order by c.updated_at, c.id", "(c.updated_at, c.id) > (:after0, :after1)"),
  UPDATED_DESC(
      "order by c.updated_at desc, c.id desc", "(c.updated_at, c.id) < (:after0, :after1)");

  private final String orderBy;
  private final String after;

  CustomerOrder(String orderBy, String after) {
    this.orderBy = orderBy;
    this.after = after;
  }

  static CustomerOrder of(CustomerSort.Key key, boolean descending) {
    return switch (key) {
      case NAME -> descending ? NAME_DESC : NAME;
      case CODE -> descending ? CODE_DESC : CODE;
      case CREATED -> descending ? CREATED_DESC : CREATED;
      case UPDATED -> descending ? UPDATED_DESC : UPDATED;
    };
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
