package io.pyra.sales.web;

import io.pyra.sales.pipeline.PipelineStage;
import io.pyra.sales.pipeline.SaveStage;
import jakarta.validation.constraints.Size;

/** The stage form: code on create, names, order, probability, outcome, active. */
public class PipelineStageForm {

  @Size(max = 60)
  private String code;

  @Size(max = 200)
  private String nameEn;

  @Size(max = 200)
  private String nameZh;

  private Integer sortOrder;
  private Integer probability;

  @Size(max = 8)
  private String outcome = "OPEN";

  private boolean active = true;
  private Long version;

  static PipelineStageForm of(PipelineStage stage) {
    PipelineStageForm form = new PipelineStageForm();
    form.code = stage.code();
    form.nameEn = stage.nameEn();
    form.nameZh = stage.nameZh();
    form.sortOrder = stage.sortOrder();
    form.probability = stage.probability();
    form.outcome = stage.outcome().name();
    form.active = stage.active();
    form.version = stage.version();
    return form;
  }

  SaveStage command() {
    return new SaveStage(code, nameEn, nameZh, sortOrder, probability, outcome, active, version);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public Integer getProbability() {
    return probability;
  }

  public void setProbability(Integer probability) {
    this.probability = probability;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
