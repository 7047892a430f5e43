package io.pyra.scheduling.booking;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a booking's writes in a transaction (the caller's, when there is one) and turns PostgreSQL's
 * exclusion violation ({@code 23P01}: two active rows of one resource overlapping, the last guard
 * against a double booking) into the same conflict the lock-then-look check gives; the conflict is
 * read in a transaction of its own, since the failed one is aborted.
 */
@Component
class ConflictGuard {

  static final String EXCLUSION_VIOLATION = "23P01";

  private final TransactionTemplate joined;
  private final TransactionTemplate separate;

  ConflictGuard(PlatformTransactionManager transactions) {
    this.joined = new TransactionTemplate(transactions);
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.separate.setReadOnly(true);
  }

  <T> T inTransaction(Supplier<T> work) {
    return joined.execute(status -> work.get());
  }

  <T> T run(Supplier<T> work, Supplier<BookingConflictException> conflict) {
    try {
      return joined.execute(status -> work.get());
    } catch (DataAccessException e) {
      if (!excluded(e)) {
        throw e;
      }
      BookingConflictException refusal = separate.execute(status -> conflict.get());
      refusal.addSuppressed(e);
      throw refusal;
    }
  }

  static boolean excluded(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
