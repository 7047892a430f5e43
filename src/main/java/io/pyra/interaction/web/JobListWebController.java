package io.pyra.interaction.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.customer.CustomerRef;
import io.pyra.interaction.job.JobFilter;
import io.pyra.interaction.job.JobQueries;
import io.pyra.interaction.job.JobRow;
import io.pyra.interaction.job.JobService;
import io.pyra.interaction.job.JobStatus;
import io.pyra.interaction.job.ServiceCategories;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.query.Slice;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of jobs the user may see (filters, cursor paging) and the jobs panel of the customer
 * page.
 */
@Controller
class JobListWebController {

  private static final int PAGE_SIZE = 50;

  private final JobQueries queries;
  private final CustomerLinks customers;
  private final ServiceCategories categories;
  private final Problems problems;

  JobListWebController(
      JobQueries queries,
      CustomerLinks customers,
      ServiceCategories categories,
      Problems problems) {
    this.queries = queries;
    this.customers = customers;
    this.categories = categories;
    this.problems = problems;
  }

  @GetMapping("/jobs")
  @PreAuthorize("hasAuthority('customer.read')")
  String list(
      @RequestParam Map<String, String> params,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Map<String, String> query = new HashMap<>(params);
    Slice<JobRow> slice;
    try {
      String status = query.get("status");
      JobStatus parsed =
          status == null || status.isBlank()
              ? null
              : JobStatus.parse(status)
                  .orElseThrow(
                      () ->
                          new BusinessRuleException(
                              "status",
                              "unknown",
                              "interaction.job.status.unknown",
                              status.strip()));
      JobFilter filter =
          new JobFilter(
              ContactRecordListWebController.uuid(query.get("customerId"), "customerId"),
              parsed,
              query.get("country"),
              query.get("serviceCategory"),
              query.get("q"));
      slice = queries.search(filter, query.get("cursor"), PAGE_SIZE);
    } catch (BusinessRuleException e) {
      model.addAttribute("filterError", problems.message(e.violations().getFirst(), locale));
      slice = new Slice<>(List.of(), null);
    }
    model.addAttribute("jobs", slice.items());
    model.addAttribute("params", query);
    model.addAttribute(
        "nextUrl",
        slice.nextCursor() == null ? null : ListUrls.of("/jobs", query, slice.nextCursor()));
    model.addAttribute(
        "firstUrl", query.get("cursor") == null ? null : ListUrls.of("/jobs", query, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "interaction/jobs/list :: results";
    }
    model.addAttribute("statuses", JobStatus.values());
    model.addAttribute("categories", categories.all());
    return "interaction/jobs/list";
  }

  @GetMapping("/customers/{customerId}/jobs/panel")
  @PreAuthorize("hasAuthority('customer.read')")
  String panel(@PathVariable UUID customerId, Model model) {
    CustomerRef customer = customers.requireReadable(customerId, "customer", customerId);
    model.addAttribute("customerId", customer.id());
    model.addAttribute("jobs", queries.ofCustomer(customer.id(), JobQueries.MAX_LIMIT));
    model.addAttribute("canManage", customers.reaches(JobService.MANAGE, customer.id()));
    return "interaction/jobs/panel :: panel";
  }
}
