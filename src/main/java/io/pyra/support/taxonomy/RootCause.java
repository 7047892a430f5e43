package io.pyra.support.taxonomy;

import io.pyra.platform.taxonomy.TaxonomyTerm;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A node of the root cause tree (People → Staff turnover …): why a case happened. */
@Entity
@Table(name = CaseTermUsage.ROOT_CAUSE)
public class RootCause extends TaxonomyTerm {

  protected RootCause() {}

  RootCause(UUID parentId, String code) {
    super(parentId, code);
  }
}
