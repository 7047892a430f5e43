package io.pyra.interaction.web;

import io.pyra.interaction.TimelineEntry;
import io.pyra.interaction.timeline.CustomerTimeline;
import io.pyra.platform.query.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's timeline through the API, newest first, paged by cursor. */
@Tag(name = "Timeline")
@RestController
class TimelineRestController {

  private final CustomerTimeline timeline;

  TimelineRestController(CustomerTimeline timeline) {
    this.timeline = timeline;
  }

  record TimelineResponse(List<TimelineEntry> items, String nextCursor) {}

  @Operation(
      summary =
          "The customer's timeline, newest first: contact records, tasks created and done, and the "
              + "entries other modules add. kinds = comma-separated or repeated (interaction, task …; all when absent); "
              + "limit 1–100 (default 20); cursor = the nextCursor of the previous page. 404 when you may not see the customer")
  @GetMapping("/api/v1/customers/{id}/timeline")
  @PreAuthorize("hasAuthority('customer.read')")
  TimelineResponse timeline(
      @PathVariable UUID id,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) List<String> kinds,
      @RequestParam(defaultValue = "" + CustomerTimeline.DEFAULT_LIMIT) int limit,
      Locale locale) {
    Slice<TimelineEntry> slice = timeline.page(id, kinds, cursor, limit, locale);
    return new TimelineResponse(slice.items(), slice.nextCursor());
  }
}
