package io.pyra.interaction;

import io.pyra.customer.CustomerId;
import java.util.List;
import java.util.Locale;

/**
 * Adds one kind of entry to the customer timeline. A module that has something to show there
 * (contact records, tasks, orders, payments, cases, bookings, survey answers …) declares one bean
 * per kind; the timeline merges all of them and knows none. The timeline checks that the reader may
 * see the customer before it asks a source; a source shows everything of that customer.
 *
 * <p>A source must stay fast for a customer with many thousands of entries: read with an index on
 * {@code (customer_id, occurred_at, id)} and a limit, never load the whole history.
 */
public interface TimelineSource {

  /**
   * The kind of entry, lower case and unique among sources, e.g. {@code interaction}, {@code
   * order}.
   */
  String kind();

  /** The message key naming this kind in the timeline's filter. */
  default String labelKey() {
    return "timeline.kind." + kind();
  }

  /** Where this kind's filter stands among the others (ascending). */
  default int order() {
    return 100;
  }

  /**
   * Up to {@code limit} entries of the customer, newest first as {@link
   * TimelinePosition#NEWEST_FIRST} orders them, strictly older than {@code before} ({@code null}:
   * from the newest); titles and summaries in {@code locale}.
   */
  List<TimelineEntry> entries(
      CustomerId customerId, TimelinePosition before, int limit, Locale locale);
}
