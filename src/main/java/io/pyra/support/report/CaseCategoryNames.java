package io.pyra.support.report;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * EXTENSION POINT: the names of case categories ({@code support_case_category}, a taxonomy written
 * beside the reports) in the reader's language, for SLA compliance by category. Until the taxonomy
 * provides a bean of this type, categories are shown as unnamed.
 */
public interface CaseCategoryNames {

  /** The names of the categories among {@code ids} that exist; the others are left out. */
  Map<UUID, String> names(Collection<UUID> ids, Locale locale);
}
