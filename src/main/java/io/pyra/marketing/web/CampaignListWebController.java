package io.pyra.marketing.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.marketing.campaign.CampaignAccess;
import io.pyra.marketing.campaign.CampaignDirectory;
import io.pyra.marketing.campaign.CampaignFilter;
import io.pyra.marketing.campaign.CampaignRow;
import io.pyra.marketing.campaign.CampaignStatus;
import io.pyra.marketing.channel.Channels;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The campaigns the user may see, latest start first (filters: status, channel, owner, text; paged
 * by a cursor); an htmx request gets the {@code results} fragment only.
 */
@Controller
@PreAuthorize("hasAuthority('campaign.read')")
class CampaignListWebController {

  private static final int PAGE_SIZE = 50;

  private final CampaignDirectory directory;
  private final CampaignAccess access;
  private final Channels channels;

  CampaignListWebController(CampaignDirectory directory, CampaignAccess access, Channels channels) {
    this.directory = directory;
    this.access = access;
    this.channels = channels;
  }

  @GetMapping("/campaigns")
  String list(
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String channel,
      @RequestParam(defaultValue = "") String owner,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("status", status);
    params.put("channel", channel);
    params.put("owner", owner);
    params.put("q", q);
    Slice<CampaignRow> slice;
    try {
      slice = directory.search(filter(status, channel, owner, q), cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException e) {
      model.addAttribute("filterError", true);
      slice = directory.search(CampaignFilter.none(), null, PAGE_SIZE);
    }
    model.addAttribute("campaigns", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : url(params, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "marketing/campaigns/list :: results";
    }
    model.addAttribute("statuses", CampaignStatus.values());
    model.addAttribute("channels", channels.active());
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("me", access.me());
    return "marketing/campaigns/list";
  }

  private CampaignFilter filter(String status, String channel, String owner, String q) {
    UUID ownerId =
        switch (owner) {
          case "", "all" -> null;
          case "me" -> access.me();
          default -> UUID.fromString(owner);
        };
    return CampaignRestController.filter(
        channels, status.isBlank() ? null : List.of(status), channel, ownerId, null, q);
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/campaigns");
    params.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            builder.queryParam(k, v);
          }
        });
    if (cursor != null) {
      builder.queryParam("cursor", cursor);
    }
    return builder.encode().build().toUriString();
  }
}
