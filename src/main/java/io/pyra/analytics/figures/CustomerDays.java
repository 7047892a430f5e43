package io.pyra.analytics.figures;

import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analytics' own figures per customer and day ({@code analytics_customer_day}), copied from what
 * sales publishes ({@code sales_customer_day_view}): rebuilt in one statement, or one customer at a
 * time. A customer's refresh replaces all their days, so it can run any number of times, in any
 * order, and beside a rebuild, and still leave what sales holds. On PostgreSQL the table is
 * unlogged (nothing in it is lost for good): emptied by a crash, it is rebuilt at the next start.
 */
@Component
public class CustomerDays {

  private static final int ATTEMPTS = 3;

  private static final String COPY =
      """
      insert into analytics_customer_day (customer_id, sale_day, sales, net_revenue, cost)
      select customer_id, sale_day, sales, net_revenue, cost from sales_customer_day_view""";

  /** All of them in key order, so that the key's index is written page after page. */
  private static final String COPY_ALL = COPY + " order by customer_id, sale_day";

  private static final String DELETE_ALL = "delete from analytics_customer_day";

  /**
   * PostgreSQL: the new rows go into a new unlogged table written in bulk (faster than an insert
   * into the emptied table), which then takes the old one's place, with the same columns and key.
   */
  private static final List<String> REPLACE_ALL =
      List.of(
          """
          create unlogged table analytics_customer_day_next as
          select customer_id, sale_day, cast(sales as integer) as sales,
                 cast(net_revenue as decimal(24,6)) as net_revenue, cast(cost as decimal(24,6)) as cost
            from sales_customer_day_view""",
          """
          alter table analytics_customer_day_next alter column customer_id set not null,
            alter column sale_day set not null, alter column sales set not null,
            alter column net_revenue set not null, alter column cost set not null""",
          "drop table analytics_customer_day",
          "alter table analytics_customer_day_next rename to analytics_customer_day",
          "alter table analytics_customer_day add constraint pk_analytics_customer_day"
              + " primary key (customer_id, sale_day)");

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final boolean replaces;

  CustomerDays(
      JdbcClient jdbc, PlatformTransactionManager transactions, javax.sql.DataSource dataSource) {
    this.jdbc = jdbc;
    this.replaces = isPostgres(dataSource);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Replaces every customer's days with what sales holds now; the number of rows written. On
   * PostgreSQL the rows are written in bulk into a new table that takes the old one's place in the
   * same transaction (a statement that waits meanwhile finds the new table by its name when it
   * runs); its key is built once from all of them. H2 deletes and writes the rows in key order.
   */
  public int rebuild() {
    Integer rows =
        ownTransaction.execute(
            status -> {
              if (!replaces) {
                jdbc.sql(DELETE_ALL).update();
                return jdbc.sql(COPY_ALL).update();
              }
              int copied = jdbc.sql(REPLACE_ALL.get(0)).update();
              for (String statement : REPLACE_ALL.subList(1, REPLACE_ALL.size())) {
                jdbc.sql(statement).update();
              }
              return copied;
            });
    return rows == null ? 0 : rows;
  }

  /**
   * Rebuilds the figures when there are none at all, as after a crash of PostgreSQL (which empties
   * the unlogged table) or on a new installation (where the rebuild finds nothing to write);
   * whether it rebuilt.
   */
  public boolean restoreIfLost() {
    boolean empty =
        jdbc.sql(
                    "select count(*) from (select 1 from analytics_customer_day fetch first 1 rows only) x")
                .query(Long.class)
                .single()
            == 0;
    if (empty) {
      rebuild();
    }
    return empty;
  }

  private static boolean isPostgres(javax.sql.DataSource dataSource) {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  /**
   * Replaces one customer's days with what sales holds now, in a transaction of its own. Two
   * refreshes of one customer at once may collide on a day the other has just written: the loser
   * runs again.
   */
  public void refresh(UUID customerId) {
    for (int attempt = 1; ; attempt++) {
      try {
        ownTransaction.executeWithoutResult(
            status -> {
              jdbc.sql("delete from analytics_customer_day where customer_id = :customer")
                  .param("customer", customerId)
                  .update();
              jdbc.sql(COPY + " where customer_id = :customer")
                  .param("customer", customerId)
                  .update();
            });
        return;
      } catch (DataIntegrityViolationException | TransientDataAccessException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
