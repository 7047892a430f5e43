package io.pyra.marketing.web;

import io.pyra.platform.taxonomy.SaveTerm;
import io.pyra.platform.taxonomy.TaxonomyTerm;
import io.pyra.platform.taxonomy.TermForm;
import jakarta.validation.constraints.Size;

/** The form of a campaign channel: parent (by code; none at the top), code on create, names. */
public class ChannelForm extends TermForm {

  @Size(max = 60)
  private String parent;

  static ChannelForm of(TaxonomyTerm term, String parentCode) {
    ChannelForm form = new ChannelForm();
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
