package io.pyra.interaction.policy;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets one transaction at a time count and log the return visits of an author to a customer: it
 * locks that pair's row (made on first use) until the transaction ends, so that of two visits
 * logged at once the second is counted after the first is committed.
 */
@Component
class ReturnVisitLock {

  private final JdbcClient jdbc;

  ReturnVisitLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void acquire(UUID authorId, UUID customerId) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "the return visit lock is held until the transaction ends: it needs one");
    }
    // waits for a concurrent insert of the same row to commit, then leaves it as it is
    jdbc.sql(
            """
            insert into interaction_return_visit_lock (author_id, customer_id) values (:author, :customer)
            on conflict do nothing""")
        .param("author", authorId)
        .param("customer", customerId)
        .update();
    jdbc.sql(
            """
            select author_id from interaction_return_visit_lock
             where author_id = :author and customer_id = :customer for update""")
        .param("author", authorId)
        .param("customer", customerId)
        .query(UUID.class)
        .single();
  }
}
