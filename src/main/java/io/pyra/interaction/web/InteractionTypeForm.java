package io.pyra.interaction.web;

import io.pyra.interaction.type.InteractionType;
import io.pyra.interaction.type.SaveInteractionType;
import jakarta.validation.constraints.Size;

/**
 * The type form: parent (by code; none for the top), code on create, names in both languages, flag
 * and order.
 */
public class InteractionTypeForm {

  @Size(max = 60)
  private String parent;

  @Size(max = 60)
  private String code;

  @Size(max = 200)
  private String nameEn;

  @Size(max = 200)
  private String nameZh;

  private Integer sortOrder = 100;
  private boolean returnVisit;
  private boolean active = true;
  private Long version;

  static InteractionTypeForm of(InteractionType type, String parentCode) {
    InteractionTypeForm form = new InteractionTypeForm();
    form.parent = parentCode;
    form.code = type.code();
    form.nameEn = type.nameEn();
    form.nameZh = type.nameZh();
    form.sortOrder = type.sortOrder();
    form.returnVisit = type.returnVisit();
    form.active = type.active();
    form.version = type.version();
    return form;
  }

  SaveInteractionType command() {
    return new SaveInteractionType(
        parent, code, nameEn, nameZh, sortOrder, returnVisit, active, version);
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
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

  public boolean isReturnVisit() {
    return returnVisit;
  }

  public void setReturnVisit(boolean returnVisit) {
    this.returnVisit = returnVisit;
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
