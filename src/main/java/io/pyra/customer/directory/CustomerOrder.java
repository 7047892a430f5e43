package io.pyra.customer.directory;

import io.pyra.platform.query.SortKey;

/**
 * The orders of the customer list in SQL, one per sort column and direction, each made total by the
 * id; the keyset reads the customers after a position in that order. The orders by value read the
 * ranks {@link CustomerValues#RANKED_HEAD} selects (by their names, so that they hold around the
 * window of a broad text search too) and repeat their expressions in the keyset.
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
      "order by c.updated_at desc, c.id desc", "(c.updated_at, c.id) < (:after0, :after1)"),
  TIER(
      "order by tier_rank, c.name_key, c.id",
      "(" + CustomerValues.TIER_RANK + ", c.name_key, c.id) > (:after0, :after1, :after2)"),
  TIER_DESC(
      "order by tier_rank desc, c.name_key desc, c.id desc",
      "(" + CustomerValues.TIER_RANK + ", c.name_key, c.id) < (:after0, :after1, :after2)"),
  GRADE(
      "order by grade_rank, c.name_key, c.id",
      "(" + CustomerValues.GRADE_RANK + ", c.name_key, c.id) > (:after0, :after1, :after2)"),
  GRADE_DESC(
      "order by grade_rank desc, c.name_key desc, c.id desc",
      "(" + CustomerValues.GRADE_RANK + ", c.name_key, c.id) < (:after0, :after1, :after2)");

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
      case TIER -> descending ? TIER_DESC : TIER;
      case GRADE -> descending ? GRADE_DESC : GRADE;
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
