package io.pyra.support.cases;

import io.pyra.customer.CustomerId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's grade and tier as analytics publishes them ({@code analytics_customer_value_view}:
 * the unexpired override, else the computed ABC grade). The grade decides a case's targets and
 * priority whoever opens it, so it is read without the reader's value reach; what a reader is shown
 * is decided where it is shown.
 */
@Component
class CaseValues {

  record Value(String tier, String grade) {}

  private final JdbcClient jdbc;

  CaseValues(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Value> of(CustomerId customer) {
    return jdbc.sql(
            "select v.tier, v.grade from analytics_customer_value_view v where v.customer_id = :id")
        .param("id", customer.value())
        .query((rs, n) -> new Value(rs.getString(1), rs.getString(2)))
        .optional();
  }

  /** The grade a case counts with: the customer's, or C (the lowest) when they have none. */
  String gradeOf(CustomerId customer) {
    return Priority.gradeOrLowest(of(customer).map(Value::grade).orElse(null));
  }
}
