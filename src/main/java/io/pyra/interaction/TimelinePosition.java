package io.pyra.interaction;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * A place in a customer's timeline: entries are ordered newest first by {@code occurredAt}, then by
 * {@code id} descending as the database compares UUIDs (unsigned, byte by byte; that is, as their
 * lower-case text compares). A source asked for the entries before a position returns those
 * strictly after it in this order: in SQL (PostgreSQL and H2), {@code (occurred_at, id) < (:at,
 * :id) order by occurred_at desc, id desc}; PostgreSQL uses the row-value comparison as an index
 * condition on {@code (customer_id, occurred_at, id)}.
 */
public record TimelinePosition(Instant occurredAt, UUID id) {

  /** Newest first; among entries of the same instant, the greater id first. */
  public static final Comparator<TimelinePosition> NEWEST_FIRST =
      Comparator.comparing(TimelinePosition::occurredAt, Comparator.reverseOrder())
          .thenComparing(p -> p.id().toString(), Comparator.reverseOrder());
}
