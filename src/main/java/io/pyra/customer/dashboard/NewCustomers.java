package io.pyra.customer.dashboard;

import io.pyra.customer.LifecycleStage;
import io.pyra.customer.profile.CustomerAccess;
import io.pyra.platform.SqlTime;
import io.pyra.platform.query.Where;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers created this month (in the company's time zone) that the user reaches with {@code
 * customer.read}, neither deleted nor merged away, counted by their lifecycle stage now, in one
 * grouped query.
 */
@Service
@Transactional(readOnly = true)
public class NewCustomers {

  /** The permission whose reach the card counts in. */
  public static final String PERMISSION = "customer.read";

  /** This month's new customers by stage, every stage present (0 when none). */
  public record ByStage(YearMonth month, Map<LifecycleStage, Long> counts, long total) {}

  private final JdbcClient jdbc;
  private final CustomerAccess access;
  private final ZoneId zone;
  private final Clock clock;

  NewCustomers(
      JdbcClient jdbc, CustomerAccess access, @Value("${pyra.time-zone:UTC}") String zone) {
    this.jdbc = jdbc;
    this.access = access;
    this.zone = ZoneId.of(zone);
    this.clock = Clock.systemUTC();
  }

  public ByStage thisMonth() {
    YearMonth month = YearMonth.now(clock.withZone(zone));
    Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
    for (LifecycleStage stage : LifecycleStage.values()) {
      counts.put(stage, 0L);
    }
    new Where()
        .and(access.condition(PERMISSION).wrap("(", ")"))
        .and(
            "c.deleted_at is null and c.merged_into_id is null"
                + " and c.created_at >= :from and c.created_at < :to")
        .param("from", SqlTime.utc(month.atDay(1).atStartOfDay(zone).toInstant()))
        .param("to", SqlTime.utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
        .query(jdbc, "select c.stage, count(*) from customer_customer c where ", "group by c.stage")
        .query(
            rs -> {
              counts.put(LifecycleStage.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return new ByStage(month, counts, counts.values().stream().mapToLong(Long::longValue).sum());
  }
}
