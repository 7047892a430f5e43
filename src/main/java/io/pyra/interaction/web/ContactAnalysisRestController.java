package io.pyra.interaction.web;

import io.pyra.interaction.analysis.ContactAnalysis;
import io.pyra.interaction.analysis.ContactPeriod;
import io.pyra.interaction.analysis.ContactReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contact analysis through the API: the counts of the page as JSON. */
@Tag(name = "Reports")
@RestController
class ContactAnalysisRestController {

  private final ContactAnalysis analysis;
  private final ZoneId zone;

  ContactAnalysisRestController(
      ContactAnalysis analysis, @Value("${pyra.time-zone:UTC}") String zone) {
    this.analysis = analysis;
    this.zone = ZoneId.of(zone);
  }

  record MonthCount(String month, long count) {}

  record ContactReportResponse(
      UUID orgUnitId,
      String orgUnitCode,
      String orgUnitName,
      LocalDate from,
      LocalDate to,
      long total,
      List<ContactReport.TypeCount> types,
      List<ContactReport.ChannelCount> channels,
      List<ContactReport.LocationCount> locations,
      List<MonthCount> months) {}

  @Operation(
      summary =
          "Counts of the contact records of an org unit and its subtree in a period (from and to "
              + "inclusive, yyyy-MM-dd; by default the last twelve months): by type, each type including its sub-types; by "
              + "channel; by location (country, office); by month. orgUnitId defaults to the widest unit you may analyse")
  @GetMapping("/api/v1/reports/contacts")
  @PreAuthorize("hasAuthority('contact-analysis.read')")
  ContactReportResponse report(
      @RequestParam(required = false) UUID orgUnitId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    ContactReport report = analysis.report(orgUnitId, ContactPeriod.parse(from, to, zone), locale);
    return new ContactReportResponse(
        report.orgUnit().id().value(),
        report.orgUnit().code(),
        report.orgUnit().name(),
        report.period().from(),
        report.period().to(),
        report.total(),
        report.types(),
        report.channels(),
        report.locations(),
        report.months().stream()
            .map(m -> new MonthCount(m.month().toString(), m.count()))
            .toList());
  }
}
