package io.pyra.support.web;

import io.pyra.platform.taxonomy.SaveTerm;
import io.pyra.platform.taxonomy.TermForm;
import io.pyra.support.knowledge.ArticleCategory;
import jakarta.validation.constraints.Size;

/** The article category form: parent (by code; none for the top), code on create, names, order. */
public class ArticleCategoryForm extends TermForm {

  @Size(max = 60)
  private String parent;

  static ArticleCategoryForm of(ArticleCategory category, String parentCode) {
    ArticleCategoryForm form = new ArticleCategoryForm();
    form.fill(category);
    form.parent = parentCode;
    return form;
  }

  SaveTerm toCommand() {
    return command(parent);
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }
}
