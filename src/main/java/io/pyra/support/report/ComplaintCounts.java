package io.pyra.support.report;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import io.pyra.support.cases.CaseAccess;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints per month, serious and minor, and refunds (seed 001's measures), by the month a case
 * was opened, over the cases the reader reaches; every month of the period, empty or not.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintCounts {

  private static final String COUNTS =
      """
      select sum(case when k.type = 'COMPLAINT' and k.severity = 'SERIOUS' then 1 else 0 end),
             sum(case when k.type = 'COMPLAINT' and k.severity = 'MINOR' then 1 else 0 end),
             sum(case when k.type = 'REFUND' then 1 else 0 end)
        from support_case k
       where k.type in ('COMPLAINT', 'REFUND') and\s""";

  private static final String OPENED_WITHIN =
      "k.created_at >= :openedFrom and k.created_at < :openedTo";

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final ObjectProvider<CompensationRefunds> compensation;

  ComplaintCounts(
      JdbcClient jdbc, CaseAccess access, ObjectProvider<CompensationRefunds> compensation) {
    this.jdbc = jdbc;
    this.access = access;
    this.compensation = compensation;
  }

  public List<ComplaintMonth> report(ReportPeriod period) {
    CompensationRefunds refunds = compensation.getIfAvailable();
    return period.months().stream().map(m -> month(m, refunds)).toList();
  }

  private ComplaintMonth month(ReportPeriod.Month month, CompensationRefunds refunds) {
    Where where =
        new Where()
            .and(access.visible())
            .and(
                QueryPart.of(OPENED_WITHIN, "openedFrom", SqlTime.utc(month.start()))
                    .with("openedTo", SqlTime.utc(month.end())));
    long[] counts =
        where
            .query(jdbc, COUNTS)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .single();
    CompensationRefunds.Refunds granted =
        refunds == null ? null : refunds.between(month.start(), month.end());
    return new ComplaintMonth(
        month.month().toString(),
        counts[0],
        counts[1],
        counts[0] + counts[1],
        counts[2],
        granted == null ? null : granted.count(),
        granted == null ? null : granted.amount());
  }
}
