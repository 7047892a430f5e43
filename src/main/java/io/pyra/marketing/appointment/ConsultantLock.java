package io.pyra.marketing.appointment;

import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A consultant's lock row ({@code marketing_consultant_lock}): a booking or a move locks the row of
 * its consultant before it looks for an overlapping appointment, so two agents booking the same
 * slot at once are served one after the other and the second sees the first's appointment. The row
 * is made once, in a transaction of its own (two first bookings at once both find it afterwards).
 */
@Component
class ConsultantLock {

  private final JdbcClient jdbc;
  private final TransactionTemplate separate;

  ConsultantLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Locks the consultant's row until the caller's transaction ends. */
  void lock(UUID consultantId) {
    if (!exists(consultantId)) {
      try {
        separate.executeWithoutResult(
            status ->
                jdbc.sql("insert into marketing_consultant_lock (consultant_id) values (:id)")
                    .param("id", consultantId)
                    .update());
      } catch (DataIntegrityViolationException madeMeanwhile) {
        // another booking made it first: it is there now
      }
    }
    jdbc.sql(
            "select consultant_id from marketing_consultant_lock where consultant_id = :id for update")
        .param("id", consultantId)
        .query(UUID.class)
        .single();
  }

  private boolean exists(UUID consultantId) {
    return jdbc.sql("select count(*) from marketing_consultant_lock where consultant_id = :id")
            .param("id", consultantId)
            .query(Long.class)
            .single()
        > 0;
  }
}
