package io.pyra.interaction.analysis;

import io.pyra.identity.OrgUnitSummary;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
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
    Where where =
        new Where()
            .and(unit.subtree("r.org_unit_id"))
            .and(scope.records().wrap("(", ")"))
            .param("from", SqlTime.utc(period.start()))
            .param("to", SqlTime.utc(period.end()));

    Map<UUID, Long> byType = new HashMap<>();
    where
        .query(jdbc, "select r.type_id, count(*)" + FROM, "group by r.type_id")
        .query(
            rs -> {
              byType.put(rs.getObject(1, UUID.class), rs.getLong(2));
            });
    List<ContactReport.ChannelCount> channels =
        where
            .query(
                jdbc,
                "select r.channel, count(*) as n" + FROM,
                "group by r.channel order by n desc, r.channel")
            .query((rs, n) -> new ContactReport.ChannelCount(rs.getString(1), rs.getLong(2)))
            .list();
    List<ContactReport.LocationCount> locations =
        where
            .query(
                jdbc,
                "select r.country, r.office, count(*) as n" + FROM,
                "group by r.country, r.office order by n desc, r.country, r.office")
            .query(
                (rs, n) ->
                    new ContactReport.LocationCount(
                        rs.getString(1), rs.getString(2), rs.getLong(3)))
            .list();
    List<ContactReport.MonthCount> months = months(period, where);
    long total = byType.values().stream().mapToLong(Long::longValue).sum();
    return new ContactReport(
        unit, period, total, types.rollUp(byType, locale), channels, locations, months);
  }

  /**
   * One {@code sum(case …)} per month, its bounds bound as parameters (months cut in the company's
   * time zone).
   */
  private List<ContactReport.MonthCount> months(ContactPeriod period, Where where) {
    List<Instant> bounds = period.monthBounds();
    List<YearMonth> months = period.months();
    List<QueryPart> columns = new ArrayList<>();
    columns.add(QueryPart.of("count(*)"));
    for (int i = 0; i < months.size(); i++) {
      columns.add(
          QueryPart.of(
                  "sum(case when r.occurred_at >= :monthFrom and r.occurred_at < :monthTo then 1 else 0 end)",
                  "monthFrom",
                  SqlTime.utc(bounds.get(i)))
              .with("monthTo", SqlTime.utc(bounds.get(i + 1)))
              .numbered(i));
    }
    QueryPart statement =
        QueryPart.join(
            " ", List.of(QueryPart.join(", ", columns).wrap("select ", FROM), where.part()));
    List<ContactReport.MonthCount> counts = new ArrayList<>();
    statement
        .query(jdbc)
        .query(
            rs -> {
              for (int i = 0; i < months.size(); i++) {
                counts.add(new ContactReport.MonthCount(months.get(i), rs.getLong(i + 2)));
              }
            });
    return counts;
  }
}
