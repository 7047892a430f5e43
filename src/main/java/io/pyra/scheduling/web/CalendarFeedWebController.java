package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.scheduling.calendar.CalendarFeeds;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar feeds: the subscription address a calendar application reads ({@code
 * /calendars/{token}.ics}, no sign-in: a wrong or revoked token is a plain 404), and the page where
 * whoever reads bookings makes and revokes their feeds ({@code /scheduling/feeds}).
 */
@Controller
class CalendarFeedWebController {

  private static final MediaType CALENDAR =
      new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
  private static final String FEEDS = "redirect:/scheduling/feeds";

  private final CalendarFeeds feeds;
  private final Problems problems;

  CalendarFeedWebController(CalendarFeeds feeds, Problems problems) {
    this.feeds = feeds;
    this.problems = problems;
  }

  @GetMapping("/calendars/{token}.ics")
  @ResponseBody
  ResponseEntity<String> feed(@PathVariable String token) {
    return feeds
        .calendar(token, Instant.now())
        .map(
            text ->
                ResponseEntity.ok()
                    .contentType(CALENDAR)
                    .cacheControl(CacheControl.noStore())
                    .body(text))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @GetMapping("/scheduling/feeds")
  @PreAuthorize("hasAuthority('booking.read')")
  String page(Model model) {
    model.addAttribute("feeds", feeds.mine());
    return "scheduling/feeds";
  }

  @PostMapping("/scheduling/feeds")
  @PreAuthorize("hasAuthority('booking.read')")
  String create(
      @RequestParam(name = "kind", defaultValue = "USER") String kind,
      @RequestParam(name = "targetId", required = false) UUID targetId,
      @RequestParam(name = "name", required = false) String name,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      CalendarFeeds.Feed made = feeds.create(kind, targetId, name);
      redirect.addFlashAttribute("feedUrl", address(made.token()));
      redirect.addFlashAttribute(
          "success", problems.messageOf("schedulingcalendar.feed.made", locale, made.name()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().getFirst(), locale));
    } catch (RecordNotFoundException e) {
      redirect.addFlashAttribute(
          "error", problems.messageOf("schedulingcalendar.feed.target.unknown", locale));
    }
    return FEEDS;
  }

  @PostMapping("/scheduling/feeds/{id}/revoke")
  @PreAuthorize("hasAuthority('booking.read')")
  String revoke(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
    feeds.revoke(id);
    redirect.addFlashAttribute(
        "success", problems.messageOf("schedulingcalendar.feed.revoked", locale));
    return FEEDS;
  }

  /** The subscription address of a token, on this server. */
  static String address(String token) {
    return ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/calendars/{token}.ics")
        .buildAndExpand(token)
        .toUriString();
  }
}
