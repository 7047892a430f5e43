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
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Root causes of the complaints opened in a period that the reader reaches, as a Pareto list: by
 * number of complaints, most first (ties by name, then id), with each cause's share and the
 * cumulative share. The one statement groups by {@code root_cause_id}; names come from {@link
 * RootCauseNames}.
 */
@Component
@Transactional(readOnly = true)
public class RootCausePareto {

  private static final String BY_CAUSE =
      """
      select k.root_cause_id, count(*)
        from support_case k
       where k.type = 'COMPLAINT' and\s""";

  private static final String OPENED_WITHIN =
      "k.created_at >= :openedFrom and k.created_at < :openedTo";

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final ObjectProvider<RootCauseNames> names;

  RootCausePareto(JdbcClient jdbc, CaseAccess access, ObjectProvider<RootCauseNames> names) {
    this.jdbc = jdbc;
    this.access = access;
    this.names = names;
  }

  private record Count(UUID rootCauseId, long complaints) {}

  public RootCauses report(ReportPeriod period, Locale locale) {
    List<Count> counts =
        new Where()
            .and(access.visible())
            .and(
                QueryPart.of(OPENED_WITHIN, "openedFrom", SqlTime.utc(period.start()))
                    .with("openedTo", SqlTime.utc(period.end())))
            .query(jdbc, BY_CAUSE, "group by k.root_cause_id")
            .query((rs, n) -> new Count(rs.getObject(1, UUID.class), rs.getLong(2)))
            .list();
    long without =
        counts.stream().filter(c -> c.rootCauseId() == null).mapToLong(Count::complaints).sum();
    List<Count> caused = counts.stream().filter(c -> c.rootCauseId() != null).toList();
    long total = caused.stream().mapToLong(Count::complaints).sum();
    RootCauseNames source = names.getIfAvailable();
    Map<UUID, String> named =
        source == null || caused.isEmpty()
            ? Map.of()
            : source.names(caused.stream().map(Count::rootCauseId).toList(), locale);
    List<Count> ordered = new ArrayList<>(caused);
    ordered.sort(
        Comparator.comparingLong(Count::complaints)
            .reversed()
            .thenComparing(
                c -> named.get(c.rootCauseId()),
                Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Count::rootCauseId));
    List<RootCauseShare> shares = new ArrayList<>();
    long running = 0;
    for (Count c : ordered) {
      running += c.complaints();
      shares.add(
          new RootCauseShare(
              c.rootCauseId(),
              named.get(c.rootCauseId()),
              c.complaints(),
              Shares.percent(c.complaints(), total),
              Shares.percent(running, total)));
    }
    return new RootCauses(total + without, without, List.copyOf(shares));
  }
}
