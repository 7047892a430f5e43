package io.pyra.customer.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.customer.CustomerKind;
import io.pyra.customer.CustomerListAction;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.directory.CustomerCount;
import io.pyra.customer.directory.CustomerDirectory;
import io.pyra.customer.directory.CustomerExport;
import io.pyra.customer.directory.CustomerFilter;
import io.pyra.customer.directory.CustomerRow;
import io.pyra.customer.directory.CustomerSort;
import io.pyra.customer.directory.CustomerValues;
import io.pyra.customer.directory.ValueGrade;
import io.pyra.customer.directory.ValueTier;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.sector.SectorService;
import io.pyra.identity.IdentityApi;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer list with its filters, sort and cursor paging; its export; and the global search (a
 * page of matches, and the dropdown of the first few while typing).
 */
@Controller
class CustomerListWebController {

  private static final int PAGE_SIZE = 50;
  private static final int SUGGESTIONS = 8;

  private final CustomerDirectory directory;
  private final CustomerExport export;
  private final IdentityApi identity;
  private final SectorService sectors;
  private final CustomFieldService fields;
  private final CustomerValues values;
  private final ObjectProvider<CustomerListAction> actions;

  CustomerListWebController(
      CustomerDirectory directory,
      CustomerExport export,
      IdentityApi identity,
      SectorService sectors,
      CustomFieldService fields,
      CustomerValues values,
      ObjectProvider<CustomerListAction> actions) {
    this.directory = directory;
    this.actions = actions;
    this.values = values;
    this.export = export;
    this.identity = identity;
    this.sectors = sectors;
    this.fields = fields;
  }

  @GetMapping("/customers")
  @PreAuthorize("hasAuthority('customer.read')")
  String list(
      @RequestParam MultiValueMap<String, String> params,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>(params);
    CustomerSort sort;
    CustomerFilter filter;
    Slice<CustomerRow> slice;
    String cursor = query.getFirst("cursor");
    Integer page = pageNumber(query.getFirst("page"), cursor);
    try {
      sort = CustomerSort.parse(query.getFirst("sort"));
      filter = CustomerQueryParams.filter(query);
      slice =
          cursor != null && !cursor.isBlank()
              ? directory.search(filter, sort, cursor, PAGE_SIZE)
              : directory.page(filter, sort, page, PAGE_SIZE);
    } catch (BusinessRuleException e) {
      // a filter or cursor mangled in the address bar: show everything from the first page, and say
      // why
      model.addAttribute("filterError", true);
      query = new LinkedMultiValueMap<>();
      sort = CustomerSort.DEFAULT;
      filter = CustomerFilter.NONE;
      page = 1;
      slice = directory.search(filter, sort, null, PAGE_SIZE);
    }
    CustomerCount count = directory.count(filter);
    model.addAttribute("customers", slice.items());
    model.addAttribute("params", query);
    model.addAttribute("sort", sort);
    model.addAttribute("count", count);
    model.addAttribute("pageLinks", pageLinks(query, count, page));
    model.addAttribute(
        "morePages",
        count.precision() != CustomerCount.Precision.EXACT
            || count.pages(PAGE_SIZE) > CustomerDirectory.NUMBERED_PAGES);
    model.addAttribute(
        "nextUrl",
        slice.nextCursor() == null
            ? null
            : CustomerQueryParams.url(
                "/customers", query, cursorAndPage(slice.nextCursor(), page, 1)));
    model.addAttribute(
        "previousUrl",
        slice.previousCursor() == null
            ? null
            : CustomerQueryParams.url(
                "/customers", query, cursorAndPage(slice.previousCursor(), page, -1)));
    model.addAttribute("sortUrls", sortUrls(query, sort));
    Map<String, String> noCursor = new HashMap<>();
    noCursor.put("cursor", null);
    noCursor.put("page", null);
    noCursor.put("format", "csv");
    model.addAttribute("csvUrl", CustomerQueryParams.url("/customers/export", query, noCursor));
    noCursor.put("format", "xlsx");
    model.addAttribute("xlsxUrl", CustomerQueryParams.url("/customers/export", query, noCursor));
    model.addAttribute("listActions", listActions(query));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "customer/customers/list :: results";
    }
    model.addAttribute("stages", LifecycleStage.values());
    model.addAttribute("tiers", ValueTier.values());
    model.addAttribute("grades", ValueGrade.values());
    model.addAttribute("segments", values.segments());
    model.addAttribute("kinds", CustomerKind.values());
    model.addAttribute("owners", identity.activeUsers());
    model.addAttribute("orgUnits", identity.orgUnits());
    model.addAttribute("sectors", sectors.tree());
    model.addAttribute("fields", fields.active());
    return "customer/customers/list";
  }

  @GetMapping("/customers/export")
  @PreAuthorize("hasAuthority('customer.export')")
  void export(
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(defaultValue = "csv") String format,
      HttpServletResponse response)
      throws IOException {
    CustomerDownload.write(
        export,
        CustomerExport.Format.parse(format),
        CustomerQueryParams.filter(params),
        CustomerSort.parse(params.getFirst("sort")),
        response);
  }

  @GetMapping("/search")
  @PreAuthorize("hasAuthority('customer.read')")
  String search(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute(
        "customers",
        q == null || q.isBlank()
            ? List.of()
            : directory
                .search(CustomerFilter.text(q), CustomerSort.DEFAULT, null, PAGE_SIZE)
                .items());
    return "customer/customers/search";
  }

  @GetMapping("/search/suggest")
  @PreAuthorize("hasAuthority('customer.read')")
  String suggest(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute(
        "customers",
        q == null || q.strip().length() < 1
            ? List.of()
            : directory
                .search(CustomerFilter.text(q), CustomerSort.DEFAULT, null, SUGGESTIONS)
                .items());
    return "fragments/search :: suggestions";
  }

  /** An action another module adds to the list, with its address for the filter shown. */
  record ListActionView(String id, String labelKey, String href) {}

  private List<ListActionView> listActions(MultiValueMap<String, String> query) {
    Map<String, String> filterOnly = new HashMap<>();
    filterOnly.put("cursor", null);
    filterOnly.put("page", null);
    filterOnly.put("sort", null);
    String filterQuery = CustomerQueryParams.url("", query, filterOnly).replaceFirst("^\\?", "");
    return actions
        .orderedStream()
        .filter(CustomerListAction::shown)
        .sorted(Comparator.comparingInt(CustomerListAction::order))
        .map(a -> new ListActionView(a.id(), a.labelKey(), a.href(filterQuery)))
        .toList();
  }

  /** A page number of the list: its address, and whether it is the page shown. */
  record PageLink(int number, String url, boolean current) {}

  /**
   * The page shown: the number in the address (1 without one and without a cursor); null when a
   * cursor led here without one.
   */
  private static Integer pageNumber(String text, String cursor) {
    boolean paged = cursor != null && !cursor.isBlank();
    if (text == null || text.isBlank()) {
      return paged ? null : 1;
    }
    try {
      int number = Integer.parseInt(text.strip());
      if (number < 1) {
        return paged ? null : 1;
      }
      // without a cursor only the numbered pages can be reached
      return paged ? number : Math.min(number, CustomerDirectory.NUMBERED_PAGES);
    } catch (NumberFormatException e) {
      return paged ? null : 1;
    }
  }

  /** The address parameters of a cursor, with the number of the page it leads to when known. */
  private static Map<String, String> cursorAndPage(String cursor, Integer page, int step) {
    Map<String, String> replaced = new HashMap<>();
    replaced.put("cursor", cursor);
    replaced.put("page", page == null || page + step < 1 ? null : String.valueOf(page + step));
    return replaced;
  }

  /** The first pages by number (as many as the count makes, at most NUMBERED_PAGES). */
  private static List<PageLink> pageLinks(
      MultiValueMap<String, String> query, CustomerCount count, Integer current) {
    long pages = Math.min(count.pages(PAGE_SIZE), CustomerDirectory.NUMBERED_PAGES);
    if (pages <= 1 && count.exact()) {
      return List.of();
    }
    List<PageLink> links = new ArrayList<>();
    for (int number = 1; number <= pages; number++) {
      Map<String, String> replaced = new HashMap<>();
      replaced.put("cursor", null);
      replaced.put("page", number == 1 ? null : String.valueOf(number));
      links.add(
          new PageLink(
              number,
              CustomerQueryParams.url("/customers", query, replaced),
              current != null && current == number));
    }
    return links;
  }

  /**
   * For each sortable column: the address that sorts by it, reversing the direction when it is the
   * current sort.
   */
  private static Map<String, String> sortUrls(
      MultiValueMap<String, String> query, CustomerSort current) {
    Map<String, String> urls = new HashMap<>();
    for (CustomerSort.Key key : CustomerSort.Key.values()) {
      CustomerSort sort = current.key() == key ? current.reversed() : new CustomerSort(key, false);
      Map<String, String> replaced = new HashMap<>();
      replaced.put("cursor", null);
      replaced.put("page", null);
      replaced.put("sort", sort.text());
      urls.put(
          key.name().toLowerCase(java.util.Locale.ROOT),
          CustomerQueryParams.url("/customers", query, replaced));
    }
    return urls;
  }
}
