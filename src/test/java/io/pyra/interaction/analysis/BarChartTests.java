package io.pyra.interaction.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.platform.web.Chart;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTests {

  @Test
  void everyItemIsABarWithItsCountInTheTablesOrder() {
    Chart chart =
        BarChart.of(
            "Records",
            List.of(
                new BarChart.Item("Phone", 300),
                new BarChart.Item("Email", 150),
                new BarChart.Item("Fax", 1),
                new BarChart.Item("Mail", 0)));

    assertThat(chart.kind()).isEqualTo(Chart.Kind.BAR);
    assertThat(chart.categories()).containsExactly("Phone", "Email", "Fax", "Mail");
    assertThat(chart.series()).hasSize(1);
    assertThat(chart.series().get(0).name()).isEqualTo("Records");
    assertThat(chart.series().get(0).values()).containsExactly(300L, 150L, 1L, 0L);
    assertThat(chart.json())
        .isEqualTo(
            "{\"kind\":\"bar\",\"categories\":[\"Phone\",\"Email\",\"Fax\",\"Mail\"],"
                + "\"series\":[{\"name\":\"Records\",\"values\":[300,150,1,0]}]}");
  }

  @Test
  void subTypesAreMarkedByTheirLevelBelowTheirParent() {
    Chart chart =
        BarChart.of(
            "n",
            List.of(
                new BarChart.Item("Inquiry", 4, 0),
                new BarChart.Item("Course inquiry", 2, 1),
                new BarChart.Item("Evening course", 1, 2),
                new BarChart.Item("Complaint", 1, 0)));

    assertThat(chart.categories())
        .containsExactly("Inquiry", "› Course inquiry", "›› Evening course", "Complaint");
    assertThat(chart.series().get(0).values()).containsExactly(4L, 2L, 1L, 1L);
  }

  @Test
  void longLabelsAreShortenedToTheRoomLeftOfTheBarsChineseCountingDouble() {
    String english = "Information gathering and classification";
    String chinese = "信息收集与分类信息收集与分类信息收集与分类";
    Chart chart =
        BarChart.of(
            "n",
            List.of(
                new BarChart.Item(english, 1),
                new BarChart.Item(chinese, 1),
                new BarChart.Item("Visit", 1)));

    assertThat(chart.categories().get(0))
        .isEqualTo(english.substring(0, BarChart.LABEL_CHARS) + "…");
    assertThat(chart.categories().get(1))
        .isEqualTo(chinese.substring(0, BarChart.LABEL_CHARS / 2) + "…");
    assertThat(chart.categories().get(2)).isEqualTo("Visit");
  }

  @Test
  void anEmptyReportDrawsAnEmptyChart() {
    Chart chart = BarChart.of("n", List.of());
    assertThat(chart.categories()).isEmpty();
    assertThat(chart.series().get(0).values()).isEmpty();
  }
}
