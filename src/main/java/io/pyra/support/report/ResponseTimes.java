package io.pyra.support.report;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import io.pyra.support.cases.CaseAccess;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time to first response and to resolution, per month in which the cases were opened, over the
 * cases the reader reaches. Means are sums over counts; medians are {@code percentile_cont(0.5)},
 * which H2 and PostgreSQL compute alike (the mean of the two middle values for an even count; a
 * case not yet answered or resolved is a null, left out).
 */
@Component
@Transactional(readOnly = true)
public class ResponseTimes {

  private static final String RESPONSE =
      "extract(epoch from k.first_responded_at) - extract(epoch from k.created_at)";

  private static final String RESOLUTION =
      "extract(epoch from k.resolved_at) - extract(epoch from k.created_at)";

  private static final String TIMES =
      "select count(*), count(k.first_responded_at), sum("
          + RESPONSE
          + "), percentile_cont(0.5) within group (order by "
          + RESPONSE
          + "), count(k.resolved_at), sum("
          + RESOLUTION
          + "), percentile_cont(0.5) within group (order by "
          + RESOLUTION
          + ") from support_case k where ";

  private static final String OPENED_WITHIN =
      "k.created_at >= :openedFrom and k.created_at < :openedTo";

  private final JdbcClient jdbc;
  private final CaseAccess access;

  ResponseTimes(JdbcClient jdbc, CaseAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public List<TimeMonth> report(ReportPeriod period, CaseTypes types) {
    return period.months().stream().map(m -> month(m, types)).toList();
  }

  private TimeMonth month(ReportPeriod.Month month, CaseTypes types) {
    Where where =
        new Where()
            .and(access.visible())
            .and(
                QueryPart.of(OPENED_WITHIN, "openedFrom", SqlTime.utc(month.start()))
                    .with("openedTo", SqlTime.utc(month.end())));
    if (types.complaintsOnly()) {
      where.and("k.type = 'COMPLAINT'");
    }
    return where
        .query(jdbc, TIMES)
        .query(
            (rs, n) -> {
              long responded = rs.getLong(2);
              long resolved = rs.getLong(5);
              return new TimeMonth(
                  month.month().toString(),
                  rs.getLong(1),
                  responded,
                  Shares.averageHours(rs.getBigDecimal(3), responded),
                  Shares.hours(rs.getBigDecimal(4)),
                  resolved,
                  Shares.averageHours(rs.getBigDecimal(6), resolved),
                  Shares.hours(rs.getBigDecimal(7)));
            })
        .single();
  }
}
