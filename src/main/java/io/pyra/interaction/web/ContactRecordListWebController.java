package io.pyra.interaction.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.IdentityApi;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.record.ContactRecordQueries;
import io.pyra.interaction.record.ContactRecordService;
import io.pyra.interaction.record.RecordFilter;
import io.pyra.interaction.record.RecordRow;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.query.Slice;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of contact records the user may see, with filters and cursor paging, and the customer
 * panel.
 */
@Controller
class ContactRecordListWebController {

  private static final int PAGE_SIZE = 50;
  private static final int PANEL_SIZE = 5;

  private final ContactRecordQueries queries;
  private final CustomerLinks customers;
  private final IdentityApi identity;
  private final RecordFormOptions options;
  private final PageTimes times;
  private final Problems problems;

  ContactRecordListWebController(
      ContactRecordQueries queries,
      CustomerLinks customers,
      IdentityApi identity,
      RecordFormOptions options,
      PageTimes times,
      Problems problems) {
    this.queries = queries;
    this.customers = customers;
    this.identity = identity;
    this.options = options;
    this.times = times;
    this.problems = problems;
  }

  @GetMapping("/interactions")
  @PreAuthorize("hasAuthority('customer.read')")
  String list(
      @RequestParam Map<String, String> params,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Map<String, String> query = new HashMap<>(params);
    Slice<RecordRow> slice;
    try {
      slice = queries.search(filter(query), query.get("cursor"), PAGE_SIZE);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().getFirst(), locale));
      slice = new Slice<>(List.of(), null);
    }
    model.addAttribute("records", slice.items());
    model.addAttribute("params", query);
    model.addAttribute("times", times);
    model.addAttribute(
        "nextUrl",
        slice.nextCursor() == null
            ? null
            : ListUrls.of("/interactions", query, slice.nextCursor()));
    model.addAttribute(
        "firstUrl", query.get("cursor") == null ? null : ListUrls.of("/interactions", query, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "interaction/records/list :: results";
    }
    model.addAttribute("authors", identity.activeUsers());
    options.addFilterOptions(model, locale);
    return "interaction/records/list";
  }

  @GetMapping("/customers/{customerId}/interactions/panel")
  @PreAuthorize("hasAuthority('customer.read')")
  String panel(@PathVariable UUID customerId, Model model) {
    CustomerRef customer = customers.requireReadable(customerId, "customer", customerId);
    model.addAttribute("customerId", customer.id());
    model.addAttribute(
        "records",
        queries.search(RecordFilter.ofCustomer(customer.id()), null, PANEL_SIZE).items());
    model.addAttribute("canLog", customers.reaches(ContactRecordService.CREATE, customer.id()));
    model.addAttribute("times", times);
    return "interaction/records/panel :: panel";
  }

  private RecordFilter filter(Map<String, String> query) {
    UUID customerId = null;
    String customer = query.get("customer");
    if (customer != null && !customer.isBlank()) {
      customerId =
          customerId(customer.strip())
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "customer", "unknown", "interaction.customer.unknown", customer.strip()));
    }
    UUID authorId = uuid(query.get("authorId"), "authorId");
    Instant from = day(query.get("from"), false, "from");
    Instant to = day(query.get("to"), true, "to");
    return new RecordFilter(
        customerId,
        uuid(query.get("jobId"), "jobId"),
        query.get("type"),
        query.get("channel"),
        authorId,
        from,
        to);
  }

  private Optional<UUID> customerId(String text) {
    try {
      return customers.readable(UUID.fromString(text)).map(CustomerRef::id);
    } catch (IllegalArgumentException notAnId) {
      return customers.byCode(text).map(CustomerRef::id);
    }
  }

  private Instant day(String value, boolean dayAfter, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return times
        .startOfDay(value, dayAfter)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    field, "type", "interaction.filter.date.invalid", value.strip()));
  }

  static UUID uuid(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          field, "type", "interaction.filter.id.invalid", value.strip());
    }
  }
}
