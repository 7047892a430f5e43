package io.pyra.interaction.web;

import io.pyra.interaction.type.InteractionType;
import io.pyra.interaction.type.SaveInteractionType;
import io.pyra.platform.taxonomy.TermForm;
import jakarta.validation.constraints.Size;

/**
 * The type form: parent (by code; none for the top), code on create, names in both languages, flag
 * and order.
 */
public class InteractionTypeForm extends TermForm {

  @Size(max = 60)
  private String parent;

  private boolean returnVisit;

  static InteractionTypeForm of(InteractionType type, String parentCode) {
    InteractionTypeForm form = new InteractionTypeForm();
    form.fill(type);
    form.parent = parentCode;
    form.returnVisit = type.returnVisit();
    return form;
  }

  SaveInteractionType command() {
    return new SaveInteractionType(
        parent,
        getCode(),
        getNameEn(),
        getNameZh(),
        getSortOrder(),
        returnVisit,
        isActive(),
        getVersion());
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }

  public boolean isReturnVisit() {
    return returnVisit;
  }

  public void setReturnVisit(boolean returnVisit) {
    this.returnVisit = returnVisit;
  }
}
