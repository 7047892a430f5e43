package io.pyra.support.cases;

import io.pyra.support.policy.SlaPolicyChanged;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A changed SLA policy holds the open cases of its grade and severity (and service category, when
 * it names one) to their targets as they are now: each moved deadline is on the case's history with
 * the reason "policy".
 */
@Component
class PolicyChanges {

  private static final String OPEN_OF =
      """
      select k.id from support_case k
       where k.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')
         and k.grade = :grade and k.severity = :severity
         and (cast(:category as varchar(40)) is null or k.service_category = :category)
         and k.id > :after
       order by k.id
       limit 500""";

  private final JdbcClient jdbc;
  private final CaseRepository cases;
  private final CaseService service;
  private final TransactionTemplate transactions;

  PolicyChanges(
      JdbcClient jdbc,
      CaseRepository cases,
      CaseService service,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.service = service;
    this.transactions = transactions;
  }

  @ApplicationModuleListener
  void on(SlaPolicyChanged changed) {
    UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
    while (true) {
      List<UUID> ids =
          jdbc.sql(OPEN_OF)
              .param("grade", changed.grade())
              .param("severity", changed.severity())
              .param("category", changed.serviceCategory())
              .param("after", after)
              .query(UUID.class)
              .list();
      if (ids.isEmpty()) {
        return;
      }
      transactions.executeWithoutResult(
          tx -> cases.findAllById(ids).forEach(c -> service.regrade(c, "policy")));
      after = ids.get(ids.size() - 1);
    }
  }
}
