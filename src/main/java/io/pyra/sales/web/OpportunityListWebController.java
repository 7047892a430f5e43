package io.pyra.sales.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.Slice;
import io.pyra.sales.opportunity.OpportunityAccess;
import io.pyra.sales.opportunity.OpportunityDirectory;
import io.pyra.sales.opportunity.OpportunityFilter;
import io.pyra.sales.opportunity.OpportunityRow;
import io.pyra.sales.opportunity.OpportunityStatus;
import io.pyra.sales.opportunity.StageTotal;
import io.pyra.sales.pipeline.LostReasons;
import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.PipelineService;
import io.pyra.sales.pipeline.PipelineStage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The opportunities as a list (filters: pipeline, stage, status, owner, expected close, text; paged
 * by a cursor) and as the kanban board of one pipeline: a column per stage with its count, amount
 * and weighted amount, cards moved by drag and drop or by each card's "move to" form.
 */
@Controller
@PreAuthorize("hasAuthority('opportunity.read')")
class OpportunityListWebController {

  private static final int PAGE_SIZE = 50;

  private final OpportunityDirectory directory;
  private final OpportunityAccess access;
  private final PipelineService pipelines;
  private final LostReasons lostReasons;

  OpportunityListWebController(
      OpportunityDirectory directory,
      OpportunityAccess access,
      PipelineService pipelines,
      LostReasons lostReasons) {
    this.directory = directory;
    this.access = access;
    this.pipelines = pipelines;
    this.lostReasons = lostReasons;
  }

  /** One column of the board: a stage, its cards and its totals per currency. */
  record Column(
      PipelineStage stage, List<OpportunityRow> cards, long count, List<StageTotal> totals) {}

  @GetMapping("/opportunities")
  String list(
      @RequestParam(defaultValue = "") String pipeline,
      @RequestParam(defaultValue = "") String stage,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String owner,
      @RequestParam(defaultValue = "") String closeFrom,
      @RequestParam(defaultValue = "") String closeTo,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("pipeline", pipeline);
    params.put("stage", stage);
    params.put("status", status);
    params.put("owner", owner);
    params.put("closeFrom", closeFrom);
    params.put("closeTo", closeTo);
    params.put("q", q);
    Slice<OpportunityRow> slice;
    try {
      slice =
          directory.search(
              filter(pipeline, stage, status, owner, closeFrom, closeTo, q), cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException | DateTimeParseException e) {
      model.addAttribute("filterError", true);
      slice = directory.search(OpportunityFilter.none(), null, PAGE_SIZE);
    }
    model.addAttribute("opportunities", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : url(params, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "sales/opportunities/list :: results";
    }
    model.addAttribute("pipelines", pipelines.activePipelines());
    model.addAttribute(
        "stages",
        pipelines.byReference(pipeline).map(p -> pipelines.boardStages(p.id())).orElse(List.of()));
    model.addAttribute("statuses", OpportunityStatus.values());
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("me", access.me());
    return "sales/opportunities/list";
  }

  @GetMapping("/opportunities/board")
  String board(
      @RequestParam(required = false) String pipeline,
      @RequestParam(defaultValue = "") String owner,
      Model model) {
    Pipeline shown =
        (pipeline == null || pipeline.isBlank()
                ? pipelines.activePipelines().stream().findFirst()
                : pipelines.byReference(pipeline))
            .orElseThrow(() -> new RecordNotFoundException("pipeline", pipeline));
    OpportunityFilter filter =
        new OpportunityFilter(null, null, Set.of(), ownerId(owner), null, null, null, null);
    List<OpportunityRow> cards = directory.board(shown.id(), filter);
    List<StageTotal> totals = directory.totals(shown.id(), filter);
    List<PipelineStage> stages = pipelines.boardStages(shown.id());
    List<Column> columns = new ArrayList<>();
    for (PipelineStage stage : stages) {
      List<StageTotal> stageTotals =
          totals.stream().filter(t -> t.stageId().equals(stage.id())).toList();
      columns.add(
          new Column(
              stage,
              cards.stream().filter(c -> c.stageId().equals(stage.id())).toList(),
              stageTotals.stream().mapToLong(StageTotal::count).sum(),
              stageTotals));
    }
    model.addAttribute("pipeline", shown);
    model.addAttribute("pipelines", pipelines.activePipelines());
    model.addAttribute("columns", columns);
    model.addAttribute("stages", stages);
    model.addAttribute("lostReasons", lostReasons.active());
    model.addAttribute("owner", owner);
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("me", access.me());
    model.addAttribute("mayWrite", access.mayWrite());
    return "sales/opportunities/board";
  }

  private OpportunityFilter filter(
      String pipeline,
      String stage,
      String status,
      String owner,
      String closeFrom,
      String closeTo,
      String q) {
    OpportunityFilter base =
        OpportunityRestController.filter(
            pipelines,
            pipeline,
            null,
            status.isBlank() ? null : List.of(status),
            ownerId(owner),
            null,
            closeFrom.isBlank() ? null : LocalDate.parse(closeFrom),
            closeTo.isBlank() ? null : LocalDate.parse(closeTo),
            q);
    UUID stageId = stage.isBlank() ? null : UUID.fromString(stage);
    return new OpportunityFilter(
        base.pipelineId(),
        stageId,
        base.statuses(),
        base.ownerId(),
        null,
        base.closeFrom(),
        base.closeTo(),
        base.text());
  }

  private UUID ownerId(String owner) {
    return switch (owner) {
      case "", "all" -> null;
      case "me" -> access.me();
      default -> UUID.fromString(owner);
    };
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/opportunities");
    params.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            builder.queryParam(k, v);
          }
        });
    if (cursor != null) {
      builder.queryParam("cursor", cursor);
    }
    return builder.encode().build().toUriString();
  }
}
