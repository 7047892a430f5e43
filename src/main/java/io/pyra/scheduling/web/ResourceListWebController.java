package io.pyra.scheduling.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.scheduling.resource.ResourceAccess;
import io.pyra.scheduling.resource.ResourceDirectory;
import io.pyra.scheduling.resource.ResourceFilter;
import io.pyra.scheduling.resource.ResourceKind;
import io.pyra.scheduling.resource.ResourceRow;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list of resources the user may see, by code: filtered by centre, kind, in use or not and
 * text; htmx requests get the results fragment only.
 */
@Controller
@PreAuthorize("hasAuthority('resource.read')")
class ResourceListWebController {

  private static final int PAGE_SIZE = 50;

  private final ResourceDirectory directory;
  private final ResourceAccess access;

  ResourceListWebController(ResourceDirectory directory, ResourceAccess access) {
    this.directory = directory;
    this.access = access;
  }

  @GetMapping("/resources")
  String list(
      @RequestParam(defaultValue = "") String centre,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String active,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("centre", centre);
    params.put("kind", kind);
    params.put("active", active);
    params.put("q", q);
    Slice<ResourceRow> slice;
    try {
      ResourceFilter filter =
          ResourceRestController.filter(
              centre.isBlank() ? null : UUID.fromString(centre),
              kind,
              active.isBlank() ? null : Boolean.valueOf(active),
              q);
      slice = directory.search(filter, cursor, PAGE_SIZE);
    } catch (BusinessRuleException | IllegalArgumentException e) {
      model.addAttribute("filterError", true);
      slice = directory.search(ResourceFilter.none(), null, PAGE_SIZE);
    }
    model.addAttribute("resources", slice.items());
    model.addAttribute("params", params);
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : url(params, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : url(params, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "scheduling/resources/list :: results";
    }
    model.addAttribute("kinds", ResourceKind.values());
    model.addAttribute("centres", access.visibleUnits());
    return "scheduling/resources/list";
  }

  private static String url(Map<String, String> params, String cursor) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/resources");
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
