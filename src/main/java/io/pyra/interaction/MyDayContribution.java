package io.pyra.interaction;

import io.pyra.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A section another module adds to a user's My day (marketing's visits of the day for a
 * consultant): a bean of this type; My day asks each for the user's entries of the day and shows
 * the sections that have any, knowing none of the modules.
 */
public interface MyDayContribution {

  /** The most entries one section shows. */
  int LIMIT = 50;

  /** The section's HTML id, unique among the contributions, e.g. {@code my-visits}. */
  String id();

  /** The message key of the section's heading. */
  String titleKey();

  /** Where the section stands among the others (ascending). */
  default int order() {
    return 100;
  }

  /**
   * The user's entries between {@code from} and {@code to} (the user's day), at most {@link
   * #LIMIT}, in the order shown; texts in {@code locale}.
   */
  List<MyDayEntry> entries(UserId user, Instant from, Instant to, Locale locale);
}
