package io.pyra.analytics.rfm;

import io.pyra.analytics.pyramid.PyramidScheme;
import io.pyra.platform.query.QueryPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RFM as of a day over a scheme's window, from analytics' figures per customer and day: for every
 * customer active in the window (a sale in it) the days from the last sale's day to the as-of day,
 * the number of sales and the net revenue, scored by {@link RfmScores}.
 */
@Component
public class RfmReport {

  private static final String FIGURES =
      "select d.customer_id, c.code, max(case when d.sales > 0 then d.sale_day end),"
          + " sum(d.sales), sum(d.net_revenue) from analytics_customer_day d"
          + " join customer_card_view c on c.id = d.customer_id"
          + " where c.deleted_at is null and c.merged_into_id is null"
          + " and d.sale_day >= :from and d.sale_day <= :to and ";

  private static final String FIGURES_TAIL =
      " group by d.customer_id, c.code having sum(d.sales) > 0";

  private final JdbcClient jdbc;

  RfmReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The scores of every active customer the reach covers. */
  public List<RfmScores.Scored> scores(PyramidScheme scheme, LocalDate asOf, QueryPart reach) {
    List<RfmFigures> figures = new ArrayList<>();
    QueryPart.join(
            "",
            List.of(
                QueryPart.of(FIGURES).with("from", scheme.windowStart(asOf)).with("to", asOf),
                reach.wrap("(", ")"),
                QueryPart.of(FIGURES_TAIL)))
        .query(jdbc)
        .query(
            rs -> {
              LocalDate last = rs.getObject(3, LocalDate.class);
              BigDecimal monetary = rs.getBigDecimal(5);
              figures.add(
                  new RfmFigures(
                      rs.getObject(1, UUID.class),
                      rs.getString(2),
                      Math.toIntExact(ChronoUnit.DAYS.between(last, asOf)),
                      rs.getInt(4),
                      monetary));
            });
    return RfmScores.of(figures);
  }
}
