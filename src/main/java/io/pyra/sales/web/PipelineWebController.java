package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.PipelineService;
import io.pyra.sales.pipeline.PipelineStage;
import io.pyra.sales.pipeline.StageOutcome;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator configures the pipelines: adds one, renames it in both languages, orders and
 * deactivates it; adds, renames, reorders and deactivates its stages, sets their probability and
 * outcome, and deletes a stage no opportunity ever was in.
 */
@Controller
@RequestMapping("/settings/pipelines")
@PreAuthorize("hasAuthority('pipeline.manage')")
class PipelineWebController {

  private static final String PATH = "/settings/pipelines";

  private final PipelineService pipelines;
  private final FormErrors formErrors;
  private final Problems problems;

  PipelineWebController(PipelineService pipelines, FormErrors formErrors, Problems problems) {
    this.pipelines = pipelines;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping
  String list(Model model) {
    if (!model.containsAttribute("pipelineForm")) {
      model.addAttribute("pipelineForm", new PipelineForm());
    }
    model.addAttribute("pipelines", pipelines.pipelines());
    return "sales/pipelines/list";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("pipelineForm") PipelineForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        Pipeline pipeline = pipelines.createPipeline(form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("pipeline.saved", locale, pipeline.name(locale)));
        return "redirect:" + PATH + "/" + pipeline.code();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return list(model);
  }

  @GetMapping("/{code}")
  String detail(@PathVariable String code, Model model) {
    Pipeline pipeline = pipeline(code);
    return detail(pipeline, PipelineForm.of(pipeline), newStage(), model);
  }

  @PostMapping("/{code}")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("pipelineForm") PipelineForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Pipeline pipeline = pipeline(code);
    if (!binding.hasErrors()) {
      try {
        pipelines.updatePipeline(pipeline.id(), form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("pipeline.saved", locale, form.getNameEn()));
        return "redirect:" + PATH + "/" + pipeline.code();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
      }
    }
    response.setStatus(422);
    form.setCode(pipeline.code());
    return detail(pipeline, form, newStage(), model);
  }

  @PostMapping("/{code}/stages")
  String addStage(
      @PathVariable String code,
      @Valid @ModelAttribute("stageForm") PipelineStageForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Pipeline pipeline = pipeline(code);
    if (!binding.hasErrors()) {
      try {
        PipelineStage stage = pipelines.addStage(pipeline.id(), form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("pipelineStage.saved", locale, stage.name(locale)));
        return "redirect:" + PATH + "/" + pipeline.code();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return detail(pipeline, PipelineForm.of(pipeline), form, model);
  }

  @GetMapping("/{code}/stages/{stageId}/edit")
  String editStage(@PathVariable String code, @PathVariable UUID stageId, Model model) {
    Pipeline pipeline = pipeline(code);
    PipelineStage stage = stage(pipeline, stageId);
    return editStage(pipeline, stage, PipelineStageForm.of(stage), model);
  }

  @PostMapping("/{code}/stages/{stageId}/edit")
  String updateStage(
      @PathVariable String code,
      @PathVariable UUID stageId,
      @Valid @ModelAttribute("stageForm") PipelineStageForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Pipeline pipeline = pipeline(code);
    PipelineStage stage = stage(pipeline, stageId);
    if (!binding.hasErrors()) {
      try {
        pipelines.updateStage(stage.id(), form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("pipelineStage.saved", locale, form.getNameEn()));
        return "redirect:" + PATH + "/" + pipeline.code();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
      }
    }
    response.setStatus(422);
    form.setCode(stage.code());
    return editStage(pipeline, stage, form, model);
  }

  @PostMapping("/{code}/stages/{stageId}/move")
  String moveStage(
      @PathVariable String code, @PathVariable UUID stageId, @RequestParam int direction) {
    Pipeline pipeline = pipeline(code);
    pipelines.moveStage(stage(pipeline, stageId).id(), direction);
    return "redirect:" + PATH + "/" + pipeline.code();
  }

  @PostMapping("/{code}/stages/{stageId}/delete")
  String deleteStage(
      @PathVariable String code,
      @PathVariable UUID stageId,
      Locale locale,
      RedirectAttributes redirect) {
    Pipeline pipeline = pipeline(code);
    PipelineStage stage = stage(pipeline, stageId);
    try {
      pipelines.deleteStage(stage.id());
      redirect.addFlashAttribute(
          "success", problems.messageOf("pipelineStage.deleted", locale, stage.name(locale)));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    }
    return "redirect:" + PATH + "/" + pipeline.code();
  }

  private String detail(
      Pipeline pipeline, PipelineForm form, PipelineStageForm stageForm, Model model) {
    model.addAttribute("pipeline", pipeline);
    model.addAttribute("pipelineForm", form);
    model.addAttribute("stageForm", stageForm);
    model.addAttribute("stages", pipelines.stages(pipeline.id()));
    model.addAttribute("outcomes", StageOutcome.values());
    return "sales/pipelines/detail";
  }

  private String editStage(
      Pipeline pipeline, PipelineStage stage, PipelineStageForm form, Model model) {
    model.addAttribute("pipeline", pipeline);
    model.addAttribute("stage", stage);
    model.addAttribute("stageForm", form);
    model.addAttribute("outcomes", StageOutcome.values());
    return "sales/pipelines/stage";
  }

  private static PipelineStageForm newStage() {
    PipelineStageForm form = new PipelineStageForm();
    form.setProbability(50);
    return form;
  }

  private Pipeline pipeline(String code) {
    return pipelines
        .byReference(code)
        .orElseThrow(() -> new RecordNotFoundException("pipeline", code));
  }

  private PipelineStage stage(Pipeline pipeline, UUID stageId) {
    return pipelines
        .stage(stageId)
        .filter(s -> s.pipelineId().equals(pipeline.id()))
        .orElseThrow(() -> new RecordNotFoundException("stage", stageId));
  }
}
