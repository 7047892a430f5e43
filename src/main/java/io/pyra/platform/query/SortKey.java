package io.pyra.platform.query;

/**
 * One order of a list, implemented by the list's sort enum so that the order always comes from a
 * constant of the module, never from a request: the request names the constant, the constant holds
 * the SQL.
 *
 * <p>The order is total (it ends with the id), so that paging by keyset neither skips nor repeats a
 * row. {@link #after()} selects the rows after a position in this order, over the parameters {@code
 * :after0}, {@code :after1}, … (the position's values, in the order of the keyset columns).
 *
 * <pre>{@code
 * enum TaskOrder implements SortKey {
 *   DUE("order by t.due_at, t.id",
 *       "(t.due_at > :after0 or (t.due_at = :after0 and t.id > :after1))");
 *   ...
 * }
 * where.and(TaskOrder.DUE.after(SqlTime.utc(cursor.instant(0)), cursor.uuid(1)));
 * where.query(jdbc, SELECT, TaskOrder.DUE.orderBy(), "limit :limit")
 * }</pre>
 */
public interface SortKey {

  /** The {@code order by} clause, a constant. */
  String orderBy();

  /** The condition selecting the rows after a position, a constant over {@code :after0, …}. */
  String after();

  /** {@link #after()} with the position's values bound to {@code :after0, :after1, …}. */
  default QueryPart after(Object... position) {
    QueryPart part = QueryPart.of(after());
    for (int i = 0; i < position.length; i++) {
      part = part.with("after" + i, position[i]);
    }
    return part;
  }
}
