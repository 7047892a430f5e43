package io.pyra.interaction.timeline;

import io.pyra.customer.CustomerApi;
import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelinePosition;
import io.pyra.interaction.TimelineSource;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.query.Slice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A customer's whole history as one stream: asks every timeline source (or those of the kinds
 * chosen) for its newest entries before the cursor, and merges them newest first. Each source reads
 * at most one page plus one, so a page costs the same for 10 or 10,000 entries. No transaction:
 * each source reads with one statement, and a page needs no snapshot across them.
 */
@Service
public class CustomerTimeline {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /** The opaque cursor of a timeline page: the position of its last entry. */
  private static final KeysetCursor.Format CURSOR =
      KeysetCursor.format("timeline", Instant.class, UUID.class);

  private final ObjectProvider<TimelineSource> sources;
  private final CustomerApi customers;
  private volatile List<TimelineSource> ordered;

  CustomerTimeline(ObjectProvider<TimelineSource> sources, CustomerApi customers) {
    this.sources = sources;
    this.customers = customers;
  }

  /** The kinds there are, in the order of their filters. */
  public List<TimelineSource> sources() {
    if (ordered == null) {
      ordered =
          sources
              .orderedStream()
              .sorted(
                  Comparator.comparingInt(TimelineSource::order)
                      .thenComparing(TimelineSource::kind))
              .toList();
    }
    return ordered;
  }

  /**
   * A page of the timeline of a customer the current user may read (not found otherwise), of the
   * given kinds (all when empty), after the cursor.
   */
  public Slice<TimelineEntry> page(
      UUID customerId, Collection<String> kinds, String cursor, int limit, Locale locale) {
    customers.require("customer.read", customerId);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BusinessRuleException("limit", "range", "timeline.limit.range", 1, MAX_LIMIT);
    }
    List<TimelineSource> chosen = chosen(kinds);
    KeysetCursor position = CURSOR.decode(cursor);
    TimelinePosition before =
        position == null ? null : new TimelinePosition(position.instant(0), position.uuid(1));
    List<Iterator<TimelineEntry>> streams = new ArrayList<>();
    for (TimelineSource source : chosen) {
      streams.add(source.entries(customerId, before, limit + 1, locale).iterator());
    }
    List<TimelineEntry> merged = merge(streams, limit + 1);
    if (merged.size() <= limit) {
      return new Slice<>(merged, null);
    }
    return Slice.of(
        merged, limit, last -> CURSOR.encode(last.position().occurredAt(), last.position().id()));
  }

  private List<TimelineSource> chosen(Collection<String> kinds) {
    List<TimelineSource> all = sources();
    if (kinds == null || kinds.stream().allMatch(k -> k == null || k.isBlank())) {
      return all;
    }
    List<TimelineSource> chosen = new ArrayList<>();
    for (String kind : kinds) {
      if (kind == null || kind.isBlank()) {
        continue;
      }
      TimelineSource source =
          all.stream()
              .filter(s -> s.kind().equals(kind.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "kinds",
                          "one-of",
                          "timeline.kinds.unknown",
                          kind.strip(),
                          String.join(", ", all.stream().map(TimelineSource::kind).toList())));
      if (!chosen.contains(source)) {
        chosen.add(source);
      }
    }
    return chosen;
  }

  /** The k-way merge: the first {@code limit} entries of the sorted streams, newest first. */
  static List<TimelineEntry> merge(List<Iterator<TimelineEntry>> streams, int limit) {
    record Head(TimelineEntry entry, Iterator<TimelineEntry> rest) {}
    PriorityQueue<Head> heads =
        new PriorityQueue<>(
            Comparator.comparing((Head h) -> h.entry().position(), TimelinePosition.NEWEST_FIRST));
    for (Iterator<TimelineEntry> stream : streams) {
      if (stream.hasNext()) {
        heads.add(new Head(stream.next(), stream));
      }
    }
    List<TimelineEntry> merged = new ArrayList<>(limit);
    while (merged.size() < limit && !heads.isEmpty()) {
      Head head = heads.poll();
      merged.add(head.entry());
      if (head.rest().hasNext()) {
        heads.add(new Head(head.rest().next(), head.rest()));
      }
    }
    return merged;
  }
}
