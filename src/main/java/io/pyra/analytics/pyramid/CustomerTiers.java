package io.pyra.analytics.pyramid;

import io.pyra.platform.query.QueryPart;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each customer's tier of a scheme as of a day, company-wide (among the scheme's whole audience,
 * whoever asks): a value tier for a customer active in the window, else INACTIVE, PROSPECT or
 * SUSPECT. Read from the snapshot at a snapshotted period end, computed otherwise. What other parts
 * of analytics (accounting, allocation, grades, the customer page) read a customer's tier through.
 */
@Component
public class CustomerTiers {

  private static final int CHUNK = 1_000;

  private static final String SNAPSHOT =
      "select customer_id, tier from analytics_tier_snapshot where scheme_id = :scheme"
          + " and period_end = :day and customer_id in (:ids)";

  private static final String LIVE_VALUE = "select t.customer_id, t.tier from ";

  private static final String ROWS = "select n.customer_id, n.tier from (";

  private static final String INACTIVE_ROWS = "select n.customer_id, 'INACTIVE' from (";

  private static final String CHOSEN = ") n where n.customer_id in (:ids)";

  private final JdbcClient jdbc;
  private final TierSnapshots snapshots;

  CustomerTiers(JdbcClient jdbc, TierSnapshots snapshots) {
    this.jdbc = jdbc;
    this.snapshots = snapshots;
  }

  /**
   * The tier of each of {@code customers} as of {@code asOf}; a customer not known by then, merged
   * or deleted is absent. {@code zone} is the company's (which customers were known by the end of
   * the day).
   */
  public Map<UUID, Tier> of(
      PyramidScheme scheme, LocalDate asOf, Collection<UUID> customers, ZoneId zone) {
    Map<UUID, Tier> tiers = new HashMap<>();
    if (customers.isEmpty()) {
      return tiers;
    }
    Set<UUID> asked = new HashSet<>(customers);
    boolean snapshotted = TierSnapshots.isPeriodEnd(asOf) && snapshots.taken(scheme, asOf);
    if (snapshotted) {
      inChunks(
          List.copyOf(asked),
          ids ->
              QueryPart.of(SNAPSHOT).with("scheme", scheme.id()).with("day", asOf).with("ids", ids),
          tiers);
    } else {
      QueryPart.join(
              "",
              List.of(
                  QueryPart.of(LIVE_VALUE),
                  TierRanking.ranked(scheme, asOf, zone),
                  QueryPart.of(" t")))
          .query(jdbc)
          .query(
              rs -> {
                UUID id = rs.getObject(1, UUID.class);
                if (asked.contains(id)) {
                  tiers.put(id, Tier.valueOf(rs.getString(2)));
                }
              });
    }
    List<UUID> rest = asked.stream().filter(id -> !tiers.containsKey(id)).toList();
    inChunks(
        rest,
        ids ->
            QueryPart.join(
                "",
                List.of(
                    QueryPart.of(INACTIVE_ROWS),
                    BelowThePyramid.inactive(scheme, asOf, zone),
                    QueryPart.of(CHOSEN).with("ids", ids))),
        tiers);
    List<UUID> neverBought = rest.stream().filter(id -> !tiers.containsKey(id)).toList();
    inChunks(
        neverBought,
        ids ->
            QueryPart.join(
                "",
                List.of(
                    QueryPart.of(ROWS),
                    BelowThePyramid.neverBought(scheme, asOf, zone),
                    QueryPart.of(CHOSEN).with("ids", ids))),
        tiers);
    return tiers;
  }

  private void inChunks(
      List<UUID> ids,
      java.util.function.Function<List<UUID>, QueryPart> statement,
      Map<UUID, Tier> tiers) {
    for (int i = 0; i < ids.size(); i += CHUNK) {
      statement
          .apply(ids.subList(i, Math.min(ids.size(), i + CHUNK)))
          .query(jdbc)
          .query(
              rs -> {
                tiers.put(rs.getObject(1, UUID.class), Tier.valueOf(rs.getString(2)));
              });
    }
  }
}
