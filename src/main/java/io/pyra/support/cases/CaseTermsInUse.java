package io.pyra.support.cases;

import io.pyra.support.taxonomy.CaseTermUsage;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A case category or root cause that a case names is kept (it can be deactivated instead). */
@Component
class CaseTermsInUse implements CaseTermUsage {

  private final JdbcClient jdbc;

  CaseTermsInUse(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean uses(String taxonomy, UUID termId) {
    String sql =
        CASE_CATEGORY.equals(taxonomy)
            ? "select count(*) from support_case where category_id = :id"
            : "select count(*) from support_case where root_cause_id = :id";
    return jdbc.sql(sql).param("id", termId).query(Long.class).single() > 0;
  }
}
