package io.pyra.interaction.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTests {

  @Test
  void barsAreAsLongAsTheirCountsAgainstTheLargestAndAnyCountShows() {
    BarChart chart =
        BarChart.of(
            List.of(
                new BarChart.Item("Phone", 300),
                new BarChart.Item("Email", 150),
                new BarChart.Item("Fax", 1),
                new BarChart.Item("Mail", 0)));

    assertThat(chart.bars())
        .extracting(BarChart.Bar::length)
        .containsExactly(BarChart.BAR_SPACE, BarChart.BAR_SPACE / 2, 1, 0);
    assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(4, 28, 52, 76);
    assertThat(chart.height()).isEqualTo(4 * BarChart.ROW_HEIGHT);
  }

  @Test
  void longLabelsAreShortenedToTheRoomLeftOfTheBarsChineseCountingDouble() {
    String english = "Information gathering and classification";
    String chinese = "信息收集与分类信息收集与分类信息收集与分类";
    BarChart chart =
        BarChart.of(
            List.of(
                new BarChart.Item(english, 1),
                new BarChart.Item(chinese, 1),
                new BarChart.Item("Visit", 1)));

    assertThat(chart.bars().get(0).shortLabel())
        .isEqualTo(english.substring(0, BarChart.LABEL_CHARS) + "…");
    assertThat(chart.bars().get(0).label()).isEqualTo(english);
    assertThat(chart.bars().get(1).shortLabel())
        .isEqualTo(chinese.substring(0, BarChart.LABEL_CHARS / 2) + "…");
    assertThat(chart.bars().get(2).shortLabel()).isEqualTo("Visit");
  }

  @Test
  void anEmptyReportDrawsAnEmptyChart() {
    BarChart chart = BarChart.of(List.of());
    assertThat(chart.bars()).isEmpty();
    assertThat(chart.height()).isEqualTo(BarChart.ROW_HEIGHT);
  }
}
