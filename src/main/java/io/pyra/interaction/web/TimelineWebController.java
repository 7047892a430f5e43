package io.pyra.interaction.web;

import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.TimelineSource;
import io.pyra.interaction.timeline.CustomerTimeline;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The timeline section of the customer's page (an htmx fragment): the kind filter, the newest
 * entries, and "older" that appends the next page in place.
 */
@Controller
class TimelineWebController {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CustomerTimeline timeline;
  private final ZoneId zone;

  TimelineWebController(CustomerTimeline timeline, @Value("${pyra.time-zone:UTC}") String zone) {
    this.timeline = timeline;
    this.zone = ZoneId.of(zone);
  }

  /** A kind in the filter. */
  record KindOption(String kind, String labelKey, boolean selected) {}

  /** An entry as the page shows it. */
  record Row(TimelineEntry entry, String when) {}

  @GetMapping("/customers/{id}/timeline")
  @PreAuthorize("hasAuthority('customer.read')")
  String timeline(
      @PathVariable UUID id,
      @RequestParam(required = false) List<String> kinds,
      @RequestParam(required = false) String cursor,
      Model model,
      Locale locale) {
    List<TimelineSource> sources = timeline.sources();
    Set<String> known = Set.copyOf(sources.stream().map(TimelineSource::kind).toList());
    List<String> chosen =
        kinds == null ? List.of() : kinds.stream().filter(known::contains).distinct().toList();
    Slice<TimelineEntry> slice;
    try {
      slice = timeline.page(id, chosen, cursor, CustomerTimeline.DEFAULT_LIMIT, locale);
    } catch (BusinessRuleException badCursor) {
      cursor = null;
      slice = timeline.page(id, chosen, null, CustomerTimeline.DEFAULT_LIMIT, locale);
    }
    model.addAttribute("customerId", id);
    model.addAttribute(
        "kinds",
        sources.stream()
            .map(
                s ->
                    new KindOption(
                        s.kind(), s.labelKey(), chosen.isEmpty() || chosen.contains(s.kind())))
            .toList());
    model.addAttribute(
        "rows",
        slice.items().stream()
            .map(e -> new Row(e, WHEN.format(e.occurredAt().atZone(zone))))
            .toList());
    model.addAttribute(
        "olderUrl",
        slice.nextCursor() == null
            ? null
            : UriComponentsBuilder.fromPath("/customers/{id}/timeline")
                .queryParam("kinds", chosen.toArray())
                .queryParam("cursor", slice.nextCursor())
                .buildAndExpand(id)
                .encode()
                .toUriString());
    return cursor == null || cursor.isBlank()
        ? "interaction/timeline/panel :: panel"
        : "interaction/timeline/panel :: entries";
  }
}
