package io.pyra.support.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.support.cases.CaseFilter;
import io.pyra.support.cases.CaseQueue;
import io.pyra.support.cases.CaseRow;
import io.pyra.support.cases.CaseStatus;
import io.pyra.support.cases.CaseType;
import io.pyra.support.cases.Severity;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case queue: "Mine", "My team" (the user's org unit) or "All I can see", open cases by
 * default, narrowed by status, type and severity; in queue order (priority, then the nearest
 * deadline), one query a page, cursor paging.
 */
@Controller
@PreAuthorize("hasAuthority('case.read')")
class CaseQueueWebController {

  static final int PAGE_SIZE = 50;
  private static final int CODE_MAX = 40;

  private final CaseQueue queue;
  private final CasePages pages;

  CaseQueueWebController(CaseQueue queue, CasePages pages) {
    this.queue = queue;
    this.pages = pages;
  }

  @GetMapping("/cases")
  String list(
      @RequestParam(defaultValue = "mine") String view,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String severity,
      @RequestParam(defaultValue = "") String customer,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("view", view);
    params.put("status", status);
    params.put("type", type);
    params.put("severity", severity);
    if (!customer.isBlank()) {
      params.put("customer", customer);
    }
    Slice<CaseRow> slice;
    try {
      slice = queue.search(filter(view, status, type, severity, customer), cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException e) {
      model.addAttribute("filterError", true);
      params =
          new LinkedHashMap<>(Map.of("view", "mine", "status", "open", "type", "", "severity", ""));
      slice = queue.search(filter("mine", "open", "", "", ""), null, PAGE_SIZE);
    }
    model.addAttribute("cases", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("zone", pages.zone());
    model.addAttribute("now", Instant.now());
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "support/cases/list :: results";
    }
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("types", CaseType.values());
    model.addAttribute("severities", Severity.values());
    return "support/cases/list";
  }

  private CaseFilter filter(
      String view, String status, String type, String severity, String customer) {
    UUID assignee = null;
    UUID team = null;
    switch (view) {
      case "mine" -> assignee = pages.me();
      case "team" -> team = pages.myTeam();
      case "all" -> {}
      default -> throw new IllegalArgumentException("view " + view);
    }
    if ("team".equals(view) && team == null) {
      throw new IllegalArgumentException("no team");
    }
    Set<CaseStatus> statuses =
        switch (status) {
          case "open" -> CaseStatus.OPEN;
          case "all" -> EnumSet.allOf(CaseStatus.class);
          default -> EnumSet.of(code(CaseStatus.class, status));
        };
    return new CaseFilter(
        statuses,
        assignee,
        team,
        customer.isBlank() ? null : UUID.fromString(customer.strip()),
        type.isBlank() ? null : code(CaseType.class, type),
        severity.isBlank() ? null : code(Severity.class, severity));
  }

  private static <E extends Enum<E>> E code(Class<E> kind, String code) {
    if (code.length() > CODE_MAX) {
      throw new IllegalArgumentException("too long");
    }
    return Enum.valueOf(kind, code.strip().toUpperCase(Locale.ROOT));
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/cases");
    params.forEach(builder::queryParam);
    return builder.queryParam("cursor", cursor).encode().build().toUriString();
  }
}
