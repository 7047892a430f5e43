package io.pyra.support.web;

import io.pyra.platform.taxonomy.SaveTerm;
import io.pyra.platform.taxonomy.TaxonomyTerm;
import io.pyra.platform.taxonomy.TermForm;
import jakarta.validation.constraints.Size;

/**
 * The form of a case category or root cause: parent (by code; none for the top), code on create,
 * names, order, active.
 */
public class CaseTermForm extends TermForm {

  @Size(max = 60)
  private String parent;

  static CaseTermForm of(TaxonomyTerm term, String parentCode) {
    CaseTermForm form = new CaseTermForm();
    form.fill(term);
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
