package io.pyra.support.taxonomy;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every {@link CaseTermUsage} bean whether a term is used: how many say it is. */
@Component
class CaseTermUsages {

  private final ObjectProvider<CaseTermUsage> usages;

  CaseTermUsages(ObjectProvider<CaseTermUsage> usages) {
    this.usages = usages;
  }

  long count(String taxonomy, UUID termId) {
    return usages.orderedStream().filter(u -> u.uses(taxonomy, termId)).count();
  }
}
