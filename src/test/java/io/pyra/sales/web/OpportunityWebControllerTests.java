package io.pyra.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.pyra.customer.CustomerApi;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.security.WebSliceSecurity;
import io.pyra.platform.LocalizedName;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.sales.opportunity.MoveOpportunity;
import io.pyra.sales.opportunity.Opportunity;
import io.pyra.sales.opportunity.OpportunityAccess;
import io.pyra.sales.opportunity.OpportunityDirectory;
import io.pyra.sales.opportunity.OpportunityRow;
import io.pyra.sales.opportunity.OpportunityService;
import io.pyra.sales.opportunity.OpportunityStatus;
import io.pyra.sales.opportunity.StageTotal;
import io.pyra.sales.pipeline.LostReasons;
import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.PipelineService;
import io.pyra.sales.pipeline.PipelineStage;
import io.pyra.sales.pipeline.SalesSources;
import io.pyra.sales.pipeline.StageOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The board, the list and the move behind the real security chain, with the services mocked: the
 * board draws a column per stage with its totals and a "move to" form per card; a move to a won
 * stage continues at the order; a lost one without a reason is a 422 that says so.
 */
@WebMvcTest({OpportunityListWebController.class, OpportunityWebController.class})
@Import(WebSliceSecurity.class)
class OpportunityWebControllerTests {

  @Autowired MockMvc mvc;
  @Autowired IdentityApi identity;
  @MockitoBean OpportunityService opportunities;
  @MockitoBean OpportunityDirectory directory;
  @MockitoBean OpportunityAccess access;
  @MockitoBean PipelineService pipelines;
  @MockitoBean LostReasons lostReasons;
  @MockitoBean SalesSources sources;
  @MockitoBean CustomerApi customers;
  @MockitoBean JdbcClient jdbc;

  final UUID pipelineId = UUID.randomUUID();
  final Pipeline training = mock(Pipeline.class);
  final PipelineStage inquiry = stage("INQUIRY", "Inquiry", StageOutcome.OPEN, 10);
  final PipelineStage contract = stage("CONTRACT", "Contract", StageOutcome.WON, 100);
  final PipelineStage lost = stage("LOST", "Lost", StageOutcome.LOST, 0);
  final OpportunityRow card = row(UUID.randomUUID(), "Evening class", new BigDecimal("12000.50"));

  @BeforeEach
  void onePipeline() {
    when(training.id()).thenReturn(pipelineId);
    when(training.code()).thenReturn("TRAINING");
    when(training.name(any())).thenReturn("Training enrolment");
    when(pipelines.activePipelines()).thenReturn(List.of(training));
    when(pipelines.byReference("TRAINING")).thenReturn(Optional.of(training));
    when(pipelines.get(pipelineId)).thenReturn(training);
    when(pipelines.boardStages(pipelineId)).thenReturn(List.of(inquiry, contract, lost));
    when(access.me()).thenReturn(UUID.randomUUID());
    when(access.mayWrite()).thenReturn(true);
    when(directory.board(eq(pipelineId), any())).thenReturn(List.of(card));
    List<StageTotal> totals =
        List.of(
            new StageTotal(
                inquiry.id(), "CNY", 1, new BigDecimal("12000.50"), new BigDecimal("1200.050000")));
    when(directory.totals(eq(pipelineId), any())).thenReturn(totals);
    when(directory.find(card.id())).thenReturn(Optional.of(card));
    when(directory.history(eq(card.id()), any())).thenReturn(List.of());
    when(identity.timeZone(any())).thenReturn(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void theBoardHasAColumnPerStageWithItsTotalsAndAMoveFormPerCard() throws Exception {
    String html =
        mvc.perform(
                get("/opportunities/board?pipeline=TRAINING")
                    .with(WebSliceSecurity.staff("opportunity.read", "opportunity.write")))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/opportunities/board"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("[data-board-column]").eachAttr("id"))
        .containsExactly("column-INQUIRY", "column-CONTRACT", "column-LOST");
    assertThat(page.select("#column-INQUIRY .column-count").text()).isEqualTo("1");
    assertThat(page.select("#column-INQUIRY .column-total").text())
        .isEqualTo("12,000.50 CNY · weighted 1,200.05");
    assertThat(page.select("#column-CONTRACT .column-total")).isEmpty();
    assertThat(page.select("#card-" + card.id() + " .card-amount").text())
        .isEqualTo("12,000.50 CNY");
    assertThat(page.select("#card-" + card.id()).attr("draggable")).isEqualTo("true");
    assertThat(page.select("#card-" + card.id() + " form[data-board-move] input[name=_csrf]"))
        .hasSize(1);
    assertThat(page.select("#move-" + card.id() + " option").eachAttr("data-outcome"))
        .containsExactly("OPEN", "WON", "LOST");
    assertThat(page.select("#lost-dialog #lost-reason")).hasSize(1);
    assertThat(page.select("script[src*=pyra-board.js]")).hasSize(1);
    assertThat(page.select("script:not([src])")).isEmpty();
  }

  @Test
  void aReaderSeesTheBoardWithoutMoveForms() throws Exception {
    when(access.mayWrite()).thenReturn(false);
    String html =
        mvc.perform(
                get("/opportunities/board?pipeline=TRAINING")
                    .with(WebSliceSecurity.staff("opportunity.read")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("#card-" + card.id())).hasSize(1);
    assertThat(page.select("form[data-board-move]")).isEmpty();
    assertThat(page.select("#lost-dialog")).isEmpty();
  }

  @Test
  void theListAnswersAnHtmxRequestWithTheResultsAlone() throws Exception {
    when(directory.search(any(), any(), anyInt())).thenReturn(new Slice<>(List.of(card), null));
    String html =
        mvc.perform(
                get("/opportunities?status=OPEN")
                    .header("HX-Request", "true")
                    .with(WebSliceSecurity.staff("opportunity.read")))
            .andExpect(status().isOk())
            .andExpect(view().name("sales/opportunities/list :: results"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).doesNotContain("<nav class").doesNotContain("<html");
    assertThat(Jsoup.parseBodyFragment(html).select("#opportunity-" + card.id())).hasSize(1);
  }

  @Test
  void withoutOpportunityReadTheBoardIsRefused() throws Exception {
    mvc.perform(
            get("/opportunities/board?pipeline=TRAINING")
                .with(WebSliceSecurity.staff("customer.read")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aMoveToAWonStageContinuesAtTheOrderForm() throws Exception {
    Opportunity won = mock(Opportunity.class);
    when(won.id()).thenReturn(card.id());
    when(won.status()).thenReturn(OpportunityStatus.WON);
    when(opportunities.move(eq(card.id()), any(MoveOpportunity.class)))
        .thenReturn(new OpportunityService.Moved(won, true));

    mvc.perform(
            post("/opportunities/" + card.id() + "/stage")
                .param("stage", contract.id().toString())
                .param("returnTo", "board")
                .with(csrf())
                .with(WebSliceSecurity.staff("opportunity.read", "opportunity.write")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/orders/new?opportunity=" + card.id()));
  }

  @Test
  void aMoveToAnOpenStageGoesBackToTheBoard() throws Exception {
    UUID inquiryId = inquiry.id();
    Opportunity moved = mock(Opportunity.class);
    when(moved.id()).thenReturn(card.id());
    when(moved.status()).thenReturn(OpportunityStatus.OPEN);
    when(moved.stageId()).thenReturn(inquiryId);
    when(moved.pipelineId()).thenReturn(pipelineId);
    when(moved.title()).thenReturn("Evening class");
    when(pipelines.getStage(inquiryId)).thenReturn(inquiry);
    when(opportunities.move(eq(card.id()), any(MoveOpportunity.class)))
        .thenReturn(new OpportunityService.Moved(moved, true));

    mvc.perform(
            post("/opportunities/" + card.id() + "/stage")
                .param("stage", inquiry.id().toString())
                .param("returnTo", "board")
                .with(csrf())
                .with(WebSliceSecurity.staff("opportunity.read", "opportunity.write")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/opportunities/board?pipeline=TRAINING"));
  }

  @Test
  void aLostMoveWithoutAReasonIsA422ThatSaysSo() throws Exception {
    when(opportunities.move(eq(card.id()), any(MoveOpportunity.class)))
        .thenThrow(
            new BusinessRuleException("lostReason", "required", "opportunity.lostReason.required"));
    Opportunity current = mock(Opportunity.class);
    when(opportunities.get(card.id())).thenReturn(current);
    when(opportunities.mayChange(current)).thenReturn(true);

    String html =
        mvc.perform(
                post("/opportunities/" + card.id() + "/stage")
                    .param("stage", lost.id().toString())
                    .with(csrf())
                    .with(WebSliceSecurity.staff("opportunity.read", "opportunity.write")))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("#move-error").text())
        .isEqualTo("Say why the deal was lost: choose a lost reason.");
    assertThat(page.select("#move-lost-reason").hasClass("is-invalid")).isTrue();
    assertThat(page.select("#move-stage option[selected]").attr("value"))
        .isEqualTo(lost.id().toString());
  }

  @Test
  void aMoveNeedsOpportunityWrite() throws Exception {
    mvc.perform(
            post("/opportunities/" + card.id() + "/stage")
                .param("stage", contract.id().toString())
                .with(csrf())
                .with(WebSliceSecurity.staff("opportunity.read")))
        .andExpect(status().isForbidden());
  }

  private PipelineStage stage(String code, String name, StageOutcome outcome, int probability) {
    PipelineStage stage = mock(PipelineStage.class);
    when(stage.id()).thenReturn(UUID.randomUUID());
    when(stage.pipelineId()).thenReturn(pipelineId);
    when(stage.code()).thenReturn(code);
    when(stage.name(any())).thenReturn(name);
    when(stage.outcome()).thenReturn(outcome);
    when(stage.probability()).thenReturn(probability);
    when(stage.active()).thenReturn(true);
    return stage;
  }

  private OpportunityRow row(UUID id, String title, BigDecimal amount) {
    return new OpportunityRow(
        id,
        "O-000001",
        title,
        UUID.randomUUID(),
        "C-000001",
        "Liu Yang",
        null,
        null,
        UUID.randomUUID(),
        "Wang Fang",
        UUID.randomUUID(),
        pipelineId,
        "TRAINING",
        new LocalizedName("Training enrolment", "培训报名"),
        inquiry.id(),
        "INQUIRY",
        new LocalizedName("Inquiry", "咨询"),
        StageOutcome.OPEN,
        OpportunityStatus.OPEN,
        amount,
        "CNY",
        LocalDate.of(2026, 12, 31),
        null,
        null,
        null,
        null,
        10,
        false,
        null,
        null,
        null,
        null,
        null,
        Instant.now(),
        3,
        Instant.now(),
        Instant.now());
  }
}
