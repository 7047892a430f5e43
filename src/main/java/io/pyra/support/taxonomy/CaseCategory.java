package io.pyra.support.taxonomy;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A node of the case category tree (Teaching → Teacher change …): what a case is about. */
@Entity
@Table(name = CaseTermUsage.CASE_CATEGORY)
public class CaseCategory extends TaxonomyTerm {

  protected CaseCategory() {}

  CaseCategory(UUID parentId, String code) {
    super(parentId, code);
  }
}
