package io.pyra.support.report;

import io.pyra.platform.SqlTime;
import io.pyra.platform.query.QueryPart;
import io.pyra.platform.query.Where;
import io.pyra.support.cases.CaseAccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA compliance of the cases resolved in a period (by {@code resolved_at}, in the company's time
 * zone) that the reader reaches: met and breached first responses and resolutions, by month, grade,
 * team or category. A case resolved and reopened counts again only when resolved again.
 */
@Component
@Transactional(readOnly = true)
public class SlaCompliance {

  private static final String COLUMNS =
      """
       count(*),
             sum(case when k.first_responded_at <= k.first_response_due_at then 1 else 0 end),
             sum(case when k.resolved_at <= k.resolution_due_at then 1 else 0 end),
             sum(case when k.first_responded_at <= k.first_response_due_at
                       and k.resolved_at <= k.resolution_due_at then 1 else 0 end)
        from support_case k
        join identity_org_unit_view o on o.id = k.org_unit_id
       where\s""";

  private static final String RESOLVED_WITHIN =
      "k.resolved_at >= :resolvedFrom and k.resolved_at < :resolvedTo";

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final ObjectProvider<CaseCategoryNames> categoryNames;

  SlaCompliance(
      JdbcClient jdbc, CaseAccess access, ObjectProvider<CaseCategoryNames> categoryNames) {
    this.jdbc = jdbc;
    this.access = access;
    this.categoryNames = categoryNames;
  }

  public List<ComplianceRow> report(
      ReportPeriod period, ComplianceGrouping grouping, CaseTypes types, Locale locale) {
    if (grouping == ComplianceGrouping.MONTH) {
      return period.months().stream()
          .map(
              m ->
                  count(m.start(), m.end(), grouping, types).stream()
                      .findFirst()
                      .map(
                          r ->
                              ComplianceRow.of(
                                  m.month().toString(),
                                  m.month().toString(),
                                  r.resolved(),
                                  r.responseMet(),
                                  r.resolutionMet(),
                                  r.bothMet()))
                      .orElseThrow())
          .toList();
    }
    List<ComplianceRow> rows =
        new ArrayList<>(count(period.start(), period.end(), grouping, types));
    if (grouping == ComplianceGrouping.CATEGORY) {
      rows = named(rows, locale);
    }
    rows.sort(
        Comparator.comparing(
                ComplianceRow::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(ComplianceRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
    return rows;
  }

  private List<ComplianceRow> count(
      java.time.Instant from, java.time.Instant to, ComplianceGrouping grouping, CaseTypes types) {
    Where where =
        new Where()
            .and(access.visible())
            .and(
                QueryPart.of(RESOLVED_WITHIN, "resolvedFrom", SqlTime.utc(from))
                    .with("resolvedTo", SqlTime.utc(to)));
    if (types.complaintsOnly()) {
      where.and("k.type = 'COMPLAINT'");
    }
    return QueryPart.join(
            " ",
            List.of(
                QueryPart.of(grouping.select()),
                QueryPart.of(COLUMNS),
                where.part(),
                QueryPart.of(grouping.groupBy())))
        .query(jdbc)
        .query(
            (rs, n) ->
                ComplianceRow.of(
                    Objects.toString(rs.getObject(1), null),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6)))
        .list();
  }

  private List<ComplianceRow> named(List<ComplianceRow> rows, Locale locale) {
    List<UUID> ids =
        rows.stream()
            .map(ComplianceRow::key)
            .filter(Objects::nonNull)
            .map(UUID::fromString)
            .toList();
    CaseCategoryNames source = categoryNames.getIfAvailable();
    Map<UUID, String> names = source == null ? Map.of() : source.names(ids, locale);
    List<ComplianceRow> named = new ArrayList<>();
    for (ComplianceRow r : rows) {
      String name = r.key() == null ? null : names.get(UUID.fromString(r.key()));
      named.add(
          ComplianceRow.of(
              r.key(), name, r.resolved(), r.responseMet(), r.resolutionMet(), r.bothMet()));
    }
    return named;
  }
}
