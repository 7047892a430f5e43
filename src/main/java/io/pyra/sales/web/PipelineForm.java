package io.pyra.sales.web;

import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.SavePipeline;
import jakarta.validation.constraints.Size;

/** The pipeline form: code on create, names in both languages, order, active. */
public class PipelineForm {

  @Size(max = 60)
  private String code;

  @Size(max = 200)
  private String nameEn;

  @Size(max = 200)
  private String nameZh;

  private Integer sortOrder;
  private boolean active = true;
  private Long version;

  static PipelineForm of(Pipeline pipeline) {
    PipelineForm form = new PipelineForm();
    form.code = pipeline.code();
    form.nameEn = pipeline.nameEn();
    form.nameZh = pipeline.nameZh();
    form.sortOrder = pipeline.sortOrder();
    form.active = pipeline.active();
    form.version = pipeline.version();
    return form;
  }

  SavePipeline command() {
    return new SavePipeline(code, nameEn, nameZh, sortOrder, active, version);
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
