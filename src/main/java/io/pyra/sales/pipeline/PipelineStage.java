package io.pyra.sales.pipeline;

import io.pyra.platform.Ids;
import io.pyra.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;

/**
 * One stage of a pipeline, in its place among the others, with the probability an opportunity in it
 * gets by default and what reaching it means ({@link StageOutcome}).
 */
@Entity
@Table(name = "sales_pipeline_stage")
public class PipelineStage {

  @Id private UUID id;

  @Column(name = "pipeline_id")
  private UUID pipelineId;

  private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "sort_order")
  private int sortOrder;

  private int probability;

  @Enumerated(EnumType.STRING)
  private StageOutcome outcome;

  private boolean active;

  @Version private Long version;

  protected PipelineStage() {}

  PipelineStage(UUID pipelineId, String code) {
    this.id = Ids.newId();
    this.pipelineId = pipelineId;
    this.code = code;
    this.active = true;
  }

  void describe(
      String nameEn,
      String nameZh,
      int sortOrder,
      int probability,
      StageOutcome outcome,
      boolean active) {
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.sortOrder = sortOrder;
    this.probability = probability;
    this.outcome = outcome;
    this.active = active;
  }

  void placeAt(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public UUID id() {
    return id;
  }

  public UUID pipelineId() {
    return pipelineId;
  }

  public String code() {
    return code;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String name(Locale locale) {
    return new LocalizedName(nameEn, nameZh).in(locale);
  }

  public int sortOrder() {
    return sortOrder;
  }

  public int probability() {
    return probability;
  }

  public StageOutcome outcome() {
    return outcome;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
