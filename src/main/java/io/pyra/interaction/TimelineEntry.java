package io.pyra.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a customer's timeline: a contact record, a task created or done, and later an order,
 * a payment, a case, a booking … {@code kind} names the {@link TimelineSource} it comes from;
 * {@code title} and {@code summary} are in the reader's language; {@code url} is the page of the
 * record behind the entry (a path of this application).
 */
public record TimelineEntry(
    String kind,
    UUID id,
    Instant occurredAt,
    String title,
    String summary,
    String actorName,
    String url) {

  /** Where this entry stands in the timeline, for the next page's query. */
  public TimelinePosition position() {
    return new TimelinePosition(occurredAt, id);
  }
}
