package io.pyra.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pyra.identity.security.WebSliceSecurity;
import io.pyra.sales.analysis.DealAnalysis;
import io.pyra.sales.analysis.SalesAnalysis;
import io.pyra.sales.analysis.SalesGrouping;
import io.pyra.sales.analysis.SalesSummaryRow;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sales analysis page behind the real security chain, the figures mocked: tabs, the filter, the
 * table beside its chart, export links; without the permission the page is refused.
 */
@WebMvcTest(SalesAnalysisWebController.class)
@Import({WebSliceSecurity.class, SalesAnalysisTables.class})
class SalesAnalysisWebControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean SalesAnalysis sales;
  @MockitoBean DealAnalysis deals;

  @BeforeEach
  void figures() {
    SalesSummaryRow january =
        new SalesSummaryRow(
            "2025-01",
            "2025-01",
            2,
            2,
            new BigDecimal("530.00"),
            new BigDecimal("0.00"),
            new BigDecimal("530.00"),
            new BigDecimal("220.00"),
            new BigDecimal("310.00"));
    when(sales.summary(any(), eq(SalesGrouping.MONTH), any()))
        .thenAnswer(
            call ->
                new SalesAnalysis.Summary(
                    call.getArgument(0), SalesGrouping.MONTH, "CNY", List.of(january)));
    when(sales.totals(any(), any())).thenReturn(january);
    when(sales.units()).thenReturn(List.of());
    when(sales.currency()).thenReturn("CNY");
  }

  @Test
  void showsTheTableBesideItsChartWithTabsAndExports() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/sales/analysis?from=2025-01-01&to=2025-01-31")
                        .with(WebSliceSecurity.staff("sales-analysis.read")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("#analysis-tabs a")).hasSize(6);
    assertThat(page.select("#tab-summary").hasClass("active")).isTrue();
    assertThat(page.select("#summary-2025-01 .col-5").text()).isEqualTo("530.00");
    assertThat(page.select("#summary-total .col-0").text()).isEqualTo("Total");
    String chart = page.select("#summary-chart").attr("data-chart");
    assertThat(chart).contains("\"kind\":\"column\"").contains("[530]");
    assertThat(page.select("#export-xlsx").attr("href"))
        .contains("format=xlsx")
        .contains("analysis=summary");
    assertThat(page.select("#period-from").val()).isEqualTo("2025-01-01");
  }

  @Test
  void aBadPeriodIsExplainedAndTheDefaultShown() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/sales/analysis?from=2025-03-01&to=2025-01-01")
                        .with(WebSliceSecurity.staff("sales-analysis.read")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("#filter-error").text()).contains("must not be before");
  }

  @Test
  void withoutThePermissionThePageIsRefused() throws Exception {
    mvc.perform(get("/sales/analysis").with(WebSliceSecurity.staff("customer.read")))
        .andExpect(status().isForbidden());
  }
}
