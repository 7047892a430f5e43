package io.pyra.sales.web;

import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.PipelineService;
import io.pyra.sales.pipeline.PipelineStage;
import io.pyra.sales.pipeline.StageOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pipelines and their stages, for clients that record and move opportunities. */
@Tag(name = "Pipelines")
@RestController
@RequestMapping("/api/v1/pipelines")
@PreAuthorize("hasAuthority('opportunity.read') or hasAuthority('pipeline.manage')")
class PipelineRestController {

  record StageJson(
      UUID id,
      String code,
      String nameEn,
      String nameZh,
      int sortOrder,
      int probability,
      StageOutcome outcome,
      boolean active) {

    static StageJson of(PipelineStage s) {
      return new StageJson(
          s.id(),
          s.code(),
          s.nameEn(),
          s.nameZh(),
          s.sortOrder(),
          s.probability(),
          s.outcome(),
          s.active());
    }
  }

  record PipelineJson(
      UUID id,
      String code,
      String nameEn,
      String nameZh,
      int sortOrder,
      boolean active,
      long version,
      List<StageJson> stages) {}

  private final PipelineService pipelines;

  PipelineRestController(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Operation(summary = "Every pipeline with its stages, in their order")
  @GetMapping
  List<PipelineJson> list() {
    return pipelines.pipelines().stream().map(this::json).toList();
  }

  @Operation(summary = "One pipeline (by code or id) with its stages")
  @GetMapping("/{code}")
  PipelineJson get(@PathVariable String code) {
    return pipelines
        .byReference(code)
        .map(this::json)
        .orElseThrow(() -> new RecordNotFoundException("pipeline", code));
  }

  private PipelineJson json(Pipeline p) {
    return new PipelineJson(
        p.id(),
        p.code(),
        p.nameEn(),
        p.nameZh(),
        p.sortOrder(),
        p.active(),
        p.version(),
        pipelines.stages(p.id()).stream().map(StageJson::of).toList());
  }
}
