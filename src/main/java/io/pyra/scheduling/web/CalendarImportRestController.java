package io.pyra.scheduling.web;

import io.pyra.identity.OrgUnitId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.scheduling.ResourceId;
import io.pyra.scheduling.calendar.CalendarImports;
import io.pyra.scheduling.calendar.ImportSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** iCalendar imports over HTTP: holidays of a centre, external bookings of a resource. */
@Tag(name = "Scheduling imports")
@RestController
@RequestMapping("/api/v1/scheduling/imports")
class CalendarImportRestController {

  /** What a file is imported as. */
  enum Kind {
    HOLIDAYS,
    BOOKINGS
  }

  private final CalendarImports imports;

  CalendarImportRestController(CalendarImports imports) {
    this.imports = imports;
  }

  @Operation(
      summary = "Import an iCalendar (.ics) file as holidays of a centre or bookings of a resource",
      description =
          "multipart fields file (at most 1 MB), kind (HOLIDAYS or BOOKINGS), orgUnitId (HOLIDAYS:"
              + " the centre; none for the whole company, which needs resource.manage over every"
              + " centre) or resourceId (BOOKINGS). HOLIDAYS adds the whole-day events as closures;"
              + " BOOKINGS adds the timed events as EXTERNAL bookings. An event imported before is"
              + " not added again. All or nothing: a file that is not iCalendar, has no event of"
              + " the kind, or (BOOKINGS) has events overlapping each other or the resource's"
              + " bookings is refused (422 naming file, and every conflicting event) and nothing is"
              + " stored; needs resource.manage over the centre")
  @PostMapping(consumes = "multipart/form-data")
  @PreAuthorize("hasAuthority('resource.manage')")
  ImportSummary importFile(
      @RequestParam("file") MultipartFile file,
      @RequestParam("kind") Kind kind,
      @RequestParam(name = "orgUnitId", required = false) UUID orgUnitId,
      @RequestParam(name = "resourceId", required = false) UUID resourceId)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return switch (kind) {
        case HOLIDAYS -> imports.importHolidays(OrgUnitId.ofNullable(orgUnitId), in);
        case BOOKINGS -> imports.importBookings(resource(resourceId), in);
      };
    }
  }

  static ResourceId resource(UUID resourceId) {
    if (resourceId == null) {
      throw new BusinessRuleException(
          "resourceId", "required", "schedulingcalendar.import.resource.invalid");
    }
    return new ResourceId(resourceId);
  }
}
