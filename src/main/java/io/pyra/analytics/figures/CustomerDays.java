package io.pyra.analytics.figures;

import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analytics' own figures per customer and day ({@code analytics_customer_day}), copied from what
 * sales publishes ({@code sales_customer_day_view}): rebuilt in one statement, or one customer at a
 * time. A customer's refresh replaces all their days, so it can run any number of times, in any
 * order, and beside a rebuild, and still leave what sales holds.
 */
@Component
public class CustomerDays {

  private static final int ATTEMPTS = 3;

  private static final String COPY =
      """
      insert into analytics_customer_day (customer_id, sale_day, sales, net_revenue, cost)
      select customer_id, sale_day, sales, net_revenue, cost from sales_customer_day_view""";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  CustomerDays(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Replaces every customer's days with what sales holds now; the number of rows written. */
  public int rebuild() {
    Integer rows =
        ownTransaction.execute(
            status -> {
              jdbc.sql("delete from analytics_customer_day").update();
              return jdbc.sql(COPY).update();
            });
    return rows == null ? 0 : rows;
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
      } catch (DataIntegrityViolationException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
