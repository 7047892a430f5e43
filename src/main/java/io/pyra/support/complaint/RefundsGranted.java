package io.pyra.support.complaint;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import io.pyra.sales.SalesApi;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.report.CompensationRefunds;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The refunds granted as compensation (approved, by the day of approval) on the cases the reader
 * may see, for the complaints report: how many, and their value in the base currency (a refund in
 * another currency is counted but not added to the value).
 */
@Component
class RefundsGranted implements CompensationRefunds {

  private static final String SUM =
      """
      select count(*), coalesce(sum(case when m.currency = :base then m.amount end), 0)
        from support_compensation m
        join support_case k on k.id = m.case_id
       where m.type = 'REFUND' and m.status = 'APPROVED' and\s""";

  private static final String GRANTED_WITHIN = "m.approved_at >= :from and m.approved_at < :to";

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final SalesApi sales;

  RefundsGranted(JdbcClient jdbc, CaseAccess access, SalesApi sales) {
    this.jdbc = jdbc;
    this.access = access;
    this.sales = sales;
  }

  @Override
  public Refunds between(Instant start, Instant end) {
    return new Where()
        .and(access.visible())
        .and(
            QueryPart.of(GRANTED_WITHIN, "from", SqlTime.utc(start))
                .with("to", SqlTime.utc(end))
                .with("base", sales.baseCurrency()))
        .query(jdbc, SUM)
        .query((rs, n) -> new Refunds(rs.getLong(1), rs.getBigDecimal(2)))
        .single();
  }
}
