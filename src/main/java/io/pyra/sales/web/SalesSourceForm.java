package io.pyra.sales.web;

import io.pyra.platform.taxonomy.SaveTerm;
import io.pyra.platform.taxonomy.TaxonomyTerm;
import io.pyra.platform.taxonomy.TermForm;

/**
 * The form of a term of where opportunities come from: parent (by code, none at the top), code on
 * create, names.
 */
public class SalesSourceForm extends TermForm {

  private String parent;

  static SalesSourceForm of(TaxonomyTerm term, String parentCode) {
    SalesSourceForm form = new SalesSourceForm();
    form.fill(term);
    form.parent = parentCode;
    return form;
  }

  SaveTerm toCommand() {
    return command(parent == null || parent.isBlank() ? null : parent);
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }
}
