package io.pyra.support.cases;

import java.util.UUID;

/**
 * A section another part of support adds to the case page (the complaint's seven steps, linked
 * knowledge-base articles, the mail thread …) without the case page knowing it: the page lists
 * every panel bean that applies to the case and loads each from {@link #path} with htmx. The
 * endpoint behind the path checks the user's reach itself and answers with an HTML fragment.
 */
public interface CasePanel {

  /** The HTML id of the section, e.g. {@code complaint-steps}. */
  String id();

  /** The message key of the section's heading. */
  String titleKey();

  /** Sections are shown in ascending order. */
  int order();

  /** Whether the panel belongs on this case's page (e.g. only complaints have seven steps). */
  boolean appliesTo(SupportCase c);

  /** The fragment's URL for this case, e.g. {@code /cases/{id}/steps}. */
  String path(UUID caseId);
}
