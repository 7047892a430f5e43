package io.pyra.support.report;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * EXTENSION POINT: the names of root causes ({@code support_root_cause}, a taxonomy written beside
 * the reports) in the reader's language. The reports group by {@code support_case.root_cause_id}
 * and ask a bean of this type for the names; until the taxonomy provides one, the terms are shown
 * as unnamed.
 */
public interface RootCauseNames {

  /** The names of the root causes among {@code ids} that exist; the others are left out. */
  Map<UUID, String> names(Collection<UUID> ids, Locale locale);
}
