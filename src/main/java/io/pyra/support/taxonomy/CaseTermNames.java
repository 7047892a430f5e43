package io.pyra.support.taxonomy;

import io.pyra.support.report.CaseCategoryNames;
import io.pyra.support.report.RootCauseNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The names of root causes and case categories in the reader's language, for the reports. */
@Component
class CaseTermNames implements RootCauseNames, CaseCategoryNames {

  private final RootCauses rootCauses;
  private final CaseCategories categories;

  CaseTermNames(RootCauses rootCauses, CaseCategories categories) {
    this.rootCauses = rootCauses;
    this.categories = categories;
  }

  @Override
  public Map<UUID, String> names(Collection<UUID> ids, Locale locale) {
    Map<UUID, String> names = new HashMap<>();
    for (UUID id : ids) {
      rootCauses
          .find(id)
          .map(t -> t.name(locale))
          .or(() -> categories.find(id).map(t -> t.name(locale)))
          .ifPresent(name -> names.put(id, name));
    }
    return names;
  }
}
