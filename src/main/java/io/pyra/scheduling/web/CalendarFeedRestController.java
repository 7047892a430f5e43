package io.pyra.scheduling.web;

import io.pyra.platform.validation.InputLimits;
import io.pyra.scheduling.calendar.CalendarFeeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The current user's calendar feeds over HTTP: list, make (the token shown once), revoke. */
@Tag(name = "Scheduling feeds")
@RestController
@RequestMapping("/api/v1/scheduling/feeds")
@PreAuthorize("hasAuthority('booking.read')")
class CalendarFeedRestController {

  record FeedRequest(
      @Schema(description = "USER (your own bookings), RESOURCE or CENTRE") @Size(max = 10)
          String kind,
      @Schema(description = "the resource or centre; none for USER") UUID targetId,
      @Size(max = 200) String name) {}

  record FeedJson(
      UUID id,
      String kind,
      UUID targetId,
      String name,
      Instant createdAt,
      @Schema(description = "the subscription address, only in the answer that made the feed")
          String url) {

    static FeedJson of(CalendarFeeds.Feed feed) {
      return new FeedJson(
          feed.id(),
          feed.kind(),
          feed.targetId(),
          feed.name(),
          feed.createdAt(),
          feed.token() == null ? null : CalendarFeedWebController.address(feed.token()));
    }
  }

  private final CalendarFeeds feeds;
  private final InputLimits limits;

  CalendarFeedRestController(CalendarFeeds feeds, InputLimits limits) {
    this.feeds = feeds;
    this.limits = limits;
  }

  @Operation(summary = "Your calendar feeds that are not revoked, newest first (at most 50)")
  @GetMapping
  List<FeedJson> list() {
    return feeds.mine().stream().map(FeedJson::of).toList();
  }

  @Operation(
      summary = "Make a calendar feed",
      description =
          "of your bookings (USER), a resource or a centre in your reach of booking.read; the"
              + " answer's url holds the secret token, shown this once (only its hash is kept)")
  @PostMapping
  ResponseEntity<FeedJson> create(@RequestBody FeedRequest request) {
    limits.check(request);
    FeedJson json = FeedJson.of(feeds.create(request.kind(), request.targetId(), request.name()));
    return ResponseEntity.created(URI.create("/api/v1/scheduling/feeds/" + json.id())).body(json);
  }

  @Operation(summary = "Revoke one of your feeds: its address answers 404 from now on")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(@PathVariable UUID id) {
    feeds.revoke(id);
    return ResponseEntity.noContent().build();
  }
}
