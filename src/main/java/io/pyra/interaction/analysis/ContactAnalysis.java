package io.pyra.interaction.analysis;

import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact analysis (seed 003): for an org unit's subtree and a period, the contact records the user
 * reaches counted by type (rolled up the type hierarchy), channel, location and month, each in one
 * grouped query.
 */
@Service
@Transactional(readOnly = true)
public class ContactAnalysis {

  private static final String FROM =
      " from interaction_record r where r.occurred_at >= :from and r.occurred_at < :to and ";

  private final JdbcClient jdbc;
  private final AnalysisScope scope;
  private final TypeTree types;

  ContactAnalysis(JdbcClient jdbc, AnalysisScope scope, TypeTree types) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.types = types;
  }

  /** The units the current user may choose, in tree order. */
  public List<OrgUnitSummary> units() {
    return scope.units();
  }

  /**
   * The report for a unit (by default the widest the user reaches) and period; a unit out of reach
   * is refused.
   */
  public ContactReport report(UUID orgUnitId, ContactPeriod period, Locale locale) {
    OrgUnitSummary unit = scope.unit(orgUnitId);
    QueryPart reach = unit.subtree("r.org_unit_id").and(scope.records().wrap("(", ")"));
    Map<String, Object> params = new HashMap<>(reach.params());
    params.put("from", SqlTime.utc(period.start()));
    params.put("to", SqlTime.utc(period.end()));
    String from = FROM + reach.sql();

    Map<UUID, Long> byType = new HashMap<>();
    jdbc.sql("select r.type_id, count(*)" + from + " group by r.type_id")
        .params(params)
        .query(
            rs -> {
              byType.put(rs.getObject(1, UUID.class), rs.getLong(2));
            });
    List<ContactReport.ChannelCount> channels =
        jdbc.sql(
                "select r.channel, count(*) as n"
                    + from
                    + " group by r.channel order by n desc, r.channel")
            .params(params)
            .query((rs, n) -> new ContactReport.ChannelCount(rs.getString(1), rs.getLong(2)))
            .list();
    List<ContactReport.LocationCount> locations =
        jdbc.sql(
                "select r.country, r.office, count(*) as n"
                    + from
                    + " group by r.country, r.office order by n desc, r.country, r.office")
            .params(params)
            .query(
                (rs, n) ->
                    new ContactReport.LocationCount(
                        rs.getString(1), rs.getString(2), rs.getLong(3)))
            .list();
    List<ContactReport.MonthCount> months = months(period, from, params);
    long total = byType.values().stream().mapToLong(Long::longValue).sum();
    return new ContactReport(
        unit, period, total, types.rollUp(byType, locale), channels, locations, months);
  }

  /**
   * One {@code sum(case …)} per month, its bounds bound as parameters (months cut in the company's
   * time zone).
   */
  private List<ContactReport.MonthCount> months(
      ContactPeriod period, String from, Map<String, Object> params) {
    List<Instant> bounds = period.monthBounds();
    List<YearMonth> months = period.months();
    Map<String, Object> all = new HashMap<>(params);
    StringBuilder sql = new StringBuilder("select count(*)");
    for (int i = 0; i < months.size(); i++) {
      all.put("m" + i, SqlTime.utc(bounds.get(i)));
      sql.append(", sum(case when r.occurred_at >= :m")
          .append(i)
          .append(" and r.occurred_at < :m")
          .append(i + 1)
          .append(" then 1 else 0 end)");
    }
    all.put("m" + months.size(), SqlTime.utc(bounds.get(months.size())));
    sql.append(from);
    List<ContactReport.MonthCount> counts = new ArrayList<>();
    jdbc.sql(sql.toString())
        .params(all)
        .query(
            rs -> {
              for (int i = 0; i < months.size(); i++) {
                counts.add(new ContactReport.MonthCount(months.get(i), rs.getLong(i + 2)));
              }
            });
    return counts;
  }
}
