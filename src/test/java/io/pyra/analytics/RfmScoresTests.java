package io.pyra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.analytics.rfm.RfmFigures;
import io.pyra.analytics.rfm.RfmScores;
import io.pyra.analytics.rfm.RfmScores.Scored;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * RFM scores 1–5 by quintile, worst first, ties by code: checked by hand on a small set, and on a
 * larger one with ties, zero and negative revenue against the database's own {@code ntile(5)} (an
 * in-memory H2 computing what the issue states in SQL).
 */
class RfmScoresTests {

  @Test
  void sevenCustomersFallIntoGroupsOfTwoTwoOneOneOneFromTheWorst() {
    // 7 = 5 × 1 + 2: the first two groups take two customers, the other three one each
    List<RfmFigures> customers =
        List.of(
            figures("C-01", 400, 1, "100"),
            figures("C-02", 300, 2, "200"),
            figures("C-03", 200, 3, "300"),
            figures("C-04", 100, 4, "400"),
            figures("C-05", 50, 5, "500"),
            figures("C-06", 10, 6, "600"),
            figures("C-07", 0, 7, "700"));

    Map<String, String> cells = cells(RfmScores.of(customers));

    // oldest, fewest and least is C-01 everywhere: groups 1,1,2,2,3,4,5 in that order
    assertThat(cells)
        .containsEntry("C-01", "111")
        .containsEntry("C-02", "111")
        .containsEntry("C-03", "222")
        .containsEntry("C-04", "222")
        .containsEntry("C-05", "333")
        .containsEntry("C-06", "444")
        .containsEntry("C-07", "555");
  }

  @Test
  void equalFiguresAreOrderedByCodeAndFewerThanFiveCustomersScoreUpToTheirCount() {
    List<RfmFigures> customers =
        List.of(
            figures("C-09", 30, 2, "50"),
            figures("C-02", 30, 2, "50"),
            figures("C-05", 30, 2, "50"));

    Map<String, String> cells = cells(RfmScores.of(customers));

    // three customers alike: by code C-02, C-05, C-09 take groups 1, 2 and 3
    assertThat(cells)
        .containsEntry("C-02", "111")
        .containsEntry("C-05", "222")
        .containsEntry("C-09", "333");
    assertThat(RfmScores.of(List.of())).isEmpty();
    assertThat(cells(RfmScores.of(List.of(figures("C-01", 400, 1, "-20")))))
        .containsEntry("C-01", "111");
  }

  @Test
  void scoresAgreeWithTheDatabasesNtileOnCustomersWithTiesAndNegativeRevenue() throws Exception {
    Random random = new Random(14);
    List<RfmFigures> customers = new ArrayList<>();
    for (int i = 0; i < 123; i++) {
      customers.add(
          figures(
              String.format("C-%05d", random.nextInt(90000)) + "-" + i,
              random.nextInt(40), // few distinct recencies: many ties
              1 + random.nextInt(6),
              BigDecimal.valueOf(random.nextInt(2000) - 300, 2).toPlainString()));
    }

    Map<String, String> expected = new HashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:rfm;MODE=PostgreSQL")) {
      db.createStatement()
          .execute(
              "create table figures (code varchar(40), recency int, frequency int, monetary"
                  + " decimal(18,2))");
      try (PreparedStatement insert = db.prepareStatement("insert into figures values (?,?,?,?)")) {
        for (RfmFigures c : customers) {
          insert.setString(1, c.code());
          insert.setInt(2, c.recencyDays());
          insert.setInt(3, c.frequency());
          insert.setBigDecimal(4, c.monetary());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (ResultSet rows =
          db.createStatement()
              .executeQuery(
                  """
                  select code,
                         ntile(5) over (order by recency desc, code) r,
                         ntile(5) over (order by frequency, code) f,
                         ntile(5) over (order by monetary, code) m
                    from figures""")) {
        while (rows.next()) {
          expected.put(rows.getString(1), "" + rows.getInt(2) + rows.getInt(3) + rows.getInt(4));
        }
      }
    }

    assertThat(cells(RfmScores.of(customers))).isEqualTo(expected);
  }

  private static Map<String, String> cells(List<Scored> scored) {
    Map<String, String> cells = new HashMap<>();
    scored.forEach(s -> cells.put(s.figures().code(), s.cell()));
    return cells;
  }

  private static RfmFigures figures(String code, int recency, int frequency, String monetary) {
    return new RfmFigures(UUID.randomUUID(), code, recency, frequency, new BigDecimal(monetary));
  }
}
