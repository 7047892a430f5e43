package io.pyra.sales.pipeline;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipelines and their stages: read by everyone who works opportunities, configured by the
 * administrator (add, rename in both languages, reorder, probability, outcome, deactivate; a stage
 * in use is deactivated, never deleted).
 */
@Service
@Transactional(readOnly = true)
public class PipelineService {

  public static final int CODE_MAX = 60;
  public static final int NAME_MAX = 200;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

  private final PipelineRepository pipelines;
  private final PipelineStageRepository stages;
  private final JdbcClient jdbc;

  PipelineService(PipelineRepository pipelines, PipelineStageRepository stages, JdbcClient jdbc) {
    this.pipelines = pipelines;
    this.stages = stages;
    this.jdbc = jdbc;
  }

  // ----- reading

  /** Every pipeline in its order, inactive ones included. */
  public List<Pipeline> pipelines() {
    return pipelines.findAllByOrderBySortOrderAscCodeAsc();
  }

  public List<Pipeline> activePipelines() {
    return pipelines().stream().filter(Pipeline::active).toList();
  }

  public Pipeline get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException("pipeline", id));
  }

  public Optional<Pipeline> find(UUID id) {
    return id == null ? Optional.empty() : pipelines.findById(id);
  }

  /** A pipeline by its code or its id. */
  public Optional<Pipeline> byReference(String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    Optional<UUID> id = uuid(reference);
    return id.isPresent()
        ? pipelines.findById(id.get())
        : pipelines.findByCodeIgnoreCase(reference.strip());
  }

  /** The stages of a pipeline in their order, inactive ones included. */
  public List<PipelineStage> stages(UUID pipelineId) {
    return stages.findByPipelineIdOrderBySortOrderAscCodeAsc(pipelineId);
  }

  public Optional<PipelineStage> stage(UUID id) {
    return id == null ? Optional.empty() : stages.findById(id);
  }

  public PipelineStage getStage(UUID id) {
    return stage(id).orElseThrow(() -> new RecordNotFoundException("stage", id));
  }

  /** A stage of the pipeline by its code or its id; empty when the pipeline has no such stage. */
  public Optional<PipelineStage> stageOf(UUID pipelineId, String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    Optional<UUID> id = uuid(reference);
    return stages(pipelineId).stream()
        .filter(
            s ->
                id.isPresent()
                    ? s.id().equals(id.get())
                    : s.code().equalsIgnoreCase(reference.strip()))
        .findFirst();
  }

  /** The first active open stage of a pipeline: where a new opportunity starts. */
  public Optional<PipelineStage> firstStage(UUID pipelineId) {
    return stages(pipelineId).stream()
        .filter(s -> s.active() && s.outcome() == StageOutcome.OPEN)
        .findFirst();
  }

  /** How many opportunities are, or ever were, in the stage. */
  public long usages(UUID stageId) {
    return jdbc.sql(
            """
            select (select count(*) from sales_opportunity where stage_id = :stage)
                 + (select count(*) from sales_opportunity_stage_change
                     where to_stage_id = :stage or from_stage_id = :stage)""")
        .param("stage", stageId)
        .query(Long.class)
        .single();
  }

  // ----- changing

  @Transactional
  public Pipeline createPipeline(SavePipeline command) {
    List<RuleViolation> violations = new ArrayList<>();
    String code = code(command.code(), violations);
    if (code != null && pipelines.findByCodeIgnoreCase(code).isPresent()) {
      violations.add(new RuleViolation("code", "unique", "pipeline.code.unique", code));
    }
    names(command.nameEn(), command.nameZh(), violations);
    refuse(violations);
    int sortOrder =
        command.sortOrder() != null
            ? command.sortOrder()
            : pipelines().stream().mapToInt(Pipeline::sortOrder).max().orElse(0) + 10;
    return pipelines.saveAndFlush(
        new Pipeline(code, command.nameEn().strip(), command.nameZh().strip(), sortOrder));
  }

  @Transactional
  public Pipeline updatePipeline(UUID id, SavePipeline command) {
    Pipeline pipeline = get(id);
    checkVersion("pipeline", command.version(), pipeline.version());
    List<RuleViolation> violations = new ArrayList<>();
    names(command.nameEn(), command.nameZh(), violations);
    refuse(violations);
    pipeline.describe(
        command.nameEn().strip(),
        command.nameZh().strip(),
        command.sortOrder() == null ? pipeline.sortOrder() : command.sortOrder(),
        command.active() == null ? pipeline.active() : command.active());
    return pipelines.saveAndFlush(pipeline);
  }

  @Transactional
  public PipelineStage addStage(UUID pipelineId, SaveStage command) {
    Pipeline pipeline = get(pipelineId);
    List<RuleViolation> violations = new ArrayList<>();
    String code = code(command.code(), violations);
    if (code != null && stageOf(pipeline.id(), code).isPresent()) {
      violations.add(new RuleViolation("code", "unique", "pipelineStage.code.unique", code));
    }
    names(command.nameEn(), command.nameZh(), violations);
    int probability = probability(command.probability(), violations);
    StageOutcome outcome = outcome(command.outcome(), violations);
    refuse(violations);
    int sortOrder =
        command.sortOrder() != null
            ? command.sortOrder()
            : stages(pipelineId).stream().mapToInt(PipelineStage::sortOrder).max().orElse(0) + 10;
    PipelineStage stage = new PipelineStage(pipeline.id(), code);
    stage.describe(
        command.nameEn().strip(),
        command.nameZh().strip(),
        sortOrder,
        probability,
        outcome,
        command.active() == null || command.active());
    return stages.saveAndFlush(stage);
  }

  @Transactional
  public PipelineStage updateStage(UUID stageId, SaveStage command) {
    PipelineStage stage = getStage(stageId);
    checkVersion("stage", command.version(), stage.version());
    List<RuleViolation> violations = new ArrayList<>();
    names(command.nameEn(), command.nameZh(), violations);
    int probability = probability(command.probability(), violations);
    StageOutcome outcome = outcome(command.outcome(), violations);
    if (outcome != null && outcome != stage.outcome() && usages(stageId) > 0) {
      violations.add(new RuleViolation("outcome", "in-use", "pipelineStage.outcome.in-use"));
    }
    refuse(violations);
    stage.describe(
        command.nameEn().strip(),
        command.nameZh().strip(),
        command.sortOrder() == null ? stage.sortOrder() : command.sortOrder(),
        probability,
        outcome,
        command.active() == null ? stage.active() : command.active());
    return stages.saveAndFlush(stage);
  }

  /** Moves a stage one place up ({@code -1}) or down ({@code +1}) among its pipeline's stages. */
  @Transactional
  public void moveStage(UUID stageId, int direction) {
    PipelineStage stage = getStage(stageId);
    List<PipelineStage> ordered = new ArrayList<>(stages(stage.pipelineId()));
    int index = ordered.indexOf(stage);
    int other = index + Integer.signum(direction);
    if (index < 0 || other < 0 || other >= ordered.size()) {
      return;
    }
    ordered.set(index, ordered.get(other));
    ordered.set(other, stage);
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).placeAt((i + 1) * 10);
    }
    stages.saveAllAndFlush(ordered);
  }

  /** Deletes a stage no opportunity is or ever was in; one in use is refused. */
  @Transactional
  public void deleteStage(UUID stageId) {
    PipelineStage stage = getStage(stageId);
    if (usages(stageId) > 0) {
      throw new BusinessRuleException(
          "stage", "in-use", "pipelineStage.delete.in-use", stage.code());
    }
    stages.delete(stage);
    stages.flush();
  }

  /** The stages of a pipeline sorted as the board shows them (active ones only). */
  public List<PipelineStage> boardStages(UUID pipelineId) {
    return stages(pipelineId).stream()
        .filter(PipelineStage::active)
        .sorted(Comparator.comparingInt(PipelineStage::sortOrder))
        .toList();
  }

  private static void checkVersion(String type, Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw new StaleVersionException(type, expected, actual);
    }
  }

  private static String code(String code, List<RuleViolation> violations) {
    String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    if (clean.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "pipeline.code.required"));
      return null;
    }
    if (!CODE.matcher(clean).matches()) {
      violations.add(new RuleViolation("code", "pattern", "pipeline.code.pattern"));
      return null;
    }
    return clean;
  }

  private static void names(String nameEn, String nameZh, List<RuleViolation> violations) {
    name("nameEn", nameEn, violations);
    name("nameZh", nameZh, violations);
  }

  private static void name(String field, String value, List<RuleViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new RuleViolation(field, "required", "pipeline.name.required"));
    } else if (value.strip().length() > NAME_MAX) {
      violations.add(new RuleViolation(field, "size", "pipeline.name.size", NAME_MAX));
    }
  }

  private static int probability(Integer probability, List<RuleViolation> violations) {
    if (probability == null) {
      violations.add(
          new RuleViolation("probability", "required", "pipelineStage.probability.range"));
      return 0;
    }
    if (probability < 0 || probability > 100) {
      violations.add(new RuleViolation("probability", "range", "pipelineStage.probability.range"));
      return 0;
    }
    return probability;
  }

  /** An outcome by its code; a missing or unknown one is a violation naming {@code outcome}. */
  public static StageOutcome outcome(String code, List<RuleViolation> violations) {
    if (code != null) {
      for (StageOutcome outcome : StageOutcome.values()) {
        if (outcome.name().equalsIgnoreCase(code.strip())) {
          return outcome;
        }
      }
    }
    violations.add(new RuleViolation("outcome", "one-of", "pipelineStage.outcome.one-of"));
    return null;
  }

  private static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  private static Optional<UUID> uuid(String reference) {
    try {
      return Optional.of(UUID.fromString(reference.strip()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
