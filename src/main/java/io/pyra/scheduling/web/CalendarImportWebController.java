package io.pyra.scheduling.web;

import io.pyra.identity.OrgUnitId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.scheduling.calendar.CalendarImports;
import io.pyra.scheduling.calendar.ImportSummary;
import io.pyra.scheduling.calendar.ImportTargets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: an iCalendar file as the holidays of a centre (or the whole company) or as the
 * external bookings of a resource, with what it gave; for whoever holds {@code resource.manage}.
 */
@Controller
@RequestMapping("/scheduling/imports")
@PreAuthorize("hasAuthority('resource.manage')")
class CalendarImportWebController {

  private static final String PAGE = "scheduling/imports";
  private static final int UNPROCESSABLE = 422;

  private final CalendarImports imports;
  private final ImportTargets targets;
  private final Problems problems;

  CalendarImportWebController(CalendarImports imports, ImportTargets targets, Problems problems) {
    this.imports = imports;
    this.targets = targets;
    this.problems = problems;
  }

  @GetMapping
  String form(Model model) {
    return page(model, "HOLIDAYS", null, null);
  }

  @PostMapping
  String importFile(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "kind", defaultValue = "HOLIDAYS")
          CalendarImportRestController.Kind kind,
      @RequestParam(name = "orgUnitId", required = false) UUID orgUnitId,
      @RequestParam(name = "resourceId", required = false) UUID resourceId,
      Locale locale,
      Model model,
      HttpServletResponse response)
      throws IOException {
    try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      ImportSummary summary =
          switch (kind) {
            case HOLIDAYS -> imports.importHolidays(OrgUnitId.ofNullable(orgUnitId), in);
            case BOOKINGS ->
                imports.importBookings(CalendarImportRestController.resource(resourceId), in);
          };
      model.addAttribute("summary", summary);
    } catch (BusinessRuleException e) {
      response.setStatus(UNPROCESSABLE);
      model.addAttribute("error", problems.message(e.violations().getFirst(), locale));
    }
    return page(model, kind.name(), orgUnitId, resourceId);
  }

  private String page(Model model, String kind, UUID orgUnitId, UUID resourceId) {
    model.addAttribute("kind", kind);
    model.addAttribute("orgUnitId", orgUnitId);
    model.addAttribute("resourceId", resourceId);
    model.addAttribute("company", targets.company());
    model.addAttribute("centres", targets.centres());
    model.addAttribute("resources", targets.resources());
    return PAGE;
  }
}
