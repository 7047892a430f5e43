package io.pyra.sales.web;

import io.pyra.platform.taxonomy.SaveTerm;
import io.pyra.platform.taxonomy.TermForm;
import io.pyra.sales.catalogue.ProductCategory;
import jakarta.validation.constraints.Size;

/** The product category form: parent (by code; none for the top), code on create, names, order. */
public class ProductCategoryForm extends TermForm {

  @Size(max = 60)
  private String parent;

  static ProductCategoryForm of(ProductCategory category, String parentCode) {
    ProductCategoryForm form = new ProductCategoryForm();
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
