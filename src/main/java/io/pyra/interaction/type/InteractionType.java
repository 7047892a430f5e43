package io.pyra.interaction.type;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A node of the contact record type hierarchy (inquiry → course inquiry …). A type marked {@code
 * returnVisit} makes it and all its descendants return visits, which the follow-up policy limits.
 */
@Entity
@Table(name = "interaction_type")
public class InteractionType extends TaxonomyTerm {

  @Column(name = "return_visit")
  private boolean returnVisit;

  protected InteractionType() {}

  InteractionType(UUID parentId, String code) {
    super(parentId, code);
  }

  void flagReturnVisit(boolean returnVisit) {
    this.returnVisit = returnVisit;
  }

  public boolean returnVisit() {
    return returnVisit;
  }
}
