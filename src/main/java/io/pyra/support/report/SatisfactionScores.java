package io.pyra.support.report;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import io.pyra.support.cases.CaseAccess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction after resolution per month of resolution over the cases the reader reaches: the mean
 * score (the sum over the count, exact on H2 and PostgreSQL) and the distribution of 1 to 5.
 */
@Component
@Transactional(readOnly = true)
public class SatisfactionScores {

  private static final String SCORES =
      """
      select count(*), count(k.satisfaction), sum(k.satisfaction),
             sum(case when k.satisfaction = 1 then 1 else 0 end),
             sum(case when k.satisfaction = 2 then 1 else 0 end),
             sum(case when k.satisfaction = 3 then 1 else 0 end),
             sum(case when k.satisfaction = 4 then 1 else 0 end),
             sum(case when k.satisfaction = 5 then 1 else 0 end)
        from support_case k
       where\s""";

  private static final String RESOLVED_WITHIN =
      "k.resolved_at >= :resolvedFrom and k.resolved_at < :resolvedTo";

  private final JdbcClient jdbc;
  private final CaseAccess access;

  SatisfactionScores(JdbcClient jdbc, CaseAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public List<SatisfactionMonth> report(ReportPeriod period, CaseTypes types) {
    return period.months().stream().map(m -> month(m, types)).toList();
  }

  private SatisfactionMonth month(ReportPeriod.Month month, CaseTypes types) {
    Where where =
        new Where()
            .and(access.visible())
            .and(
                QueryPart.of(RESOLVED_WITHIN, "resolvedFrom", SqlTime.utc(month.start()))
                    .with("resolvedTo", SqlTime.utc(month.end())));
    if (types.complaintsOnly()) {
      where.and("k.type = 'COMPLAINT'");
    }
    return where
        .query(jdbc, SCORES)
        .query(
            (rs, n) -> {
              long rated = rs.getLong(2);
              long sum = rs.getLong(3);
              return new SatisfactionMonth(
                  month.month().toString(),
                  rs.getLong(1),
                  rated,
                  rated == 0
                      ? null
                      : BigDecimal.valueOf(sum)
                          .divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP),
                  List.of(
                      rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
            })
        .single();
  }
}
