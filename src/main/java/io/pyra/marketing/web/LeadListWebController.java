package io.pyra.marketing.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.IdentityApi;
import io.pyra.marketing.campaign.CampaignDirectory;
import io.pyra.marketing.campaign.CampaignFilter;
import io.pyra.marketing.lead.LeadAccess;
import io.pyra.marketing.lead.LeadDirectory;
import io.pyra.marketing.lead.LeadFilter;
import io.pyra.marketing.lead.LeadRow;
import io.pyra.marketing.lead.LeadSource;
import io.pyra.marketing.lead.LeadStatus;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The leads the user may see, newest first (filters: status, source, campaign, centre, owner, text;
 * paged by a cursor); an htmx request gets the {@code results} fragment only.
 */
@Controller
@PreAuthorize("hasAuthority('lead.read')")
class LeadListWebController {

  private static final int PAGE_SIZE = 50;

  private final LeadDirectory directory;
  private final LeadAccess access;
  private final CampaignDirectory campaigns;
  private final IdentityApi identity;
  private final ZoneId zone;

  LeadListWebController(
      LeadDirectory directory,
      LeadAccess access,
      CampaignDirectory campaigns,
      IdentityApi identity,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.zone = ZoneId.of(zone);
    this.directory = directory;
    this.access = access;
    this.campaigns = campaigns;
    this.identity = identity;
  }

  @GetMapping("/leads")
  String list(
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String source,
      @RequestParam(defaultValue = "") String campaign,
      @RequestParam(defaultValue = "") String centre,
      @RequestParam(defaultValue = "") String owner,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("status", status);
    params.put("source", source);
    params.put("campaign", campaign);
    params.put("centre", centre);
    params.put("owner", owner);
    params.put("q", q);
    Slice<LeadRow> slice;
    try {
      slice =
          directory.search(filter(status, source, campaign, centre, owner, q), cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException e) {
      model.addAttribute("filterError", true);
      slice = directory.search(LeadFilter.none(), null, PAGE_SIZE);
    }
    model.addAttribute("leads", slice.items());
    model.addAttribute("params", params);
    model.addAttribute("zone", zone);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : url(params, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "marketing/leads/list :: results";
    }
    model.addAttribute("statuses", LeadStatus.values());
    model.addAttribute("sources", LeadSource.values());
    model.addAttribute(
        "campaigns",
        campaigns.search(CampaignFilter.none(), null, CampaignDirectory.MAX_LIMIT).items());
    model.addAttribute("centres", identity.branches());
    model.addAttribute("owners", access.possibleOwners());
    model.addAttribute("me", access.me());
    return "marketing/leads/list";
  }

  private LeadFilter filter(
      String status, String source, String campaign, String centre, String owner, String q) {
    UUID ownerId =
        switch (owner) {
          case "", "all" -> null;
          case "me" -> access.me();
          default -> UUID.fromString(owner);
        };
    return LeadRestController.filter(
        status.isBlank() ? null : List.of(status),
        campaign.isBlank() ? null : UUID.fromString(campaign),
        source,
        centre.isBlank() ? null : UUID.fromString(centre),
        ownerId,
        q);
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/leads");
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
