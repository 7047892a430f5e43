package io.pyra.platform.web;

import io.pyra.platform.audit.AuditEntries;
import io.pyra.platform.audit.AuditEntry;
import io.pyra.platform.audit.AuditFilter;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.query.Slice;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log page: newest entries first, filtered by user, record and time, an "older" link for
 * the next page. Filter changes reload only the results (htmx).
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('audit.read')")
class AuditWebController {

  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private final AuditEntries entries;
  private final MessageSource messages;
  private final ZoneId zone;

  AuditWebController(
      AuditEntries entries, MessageSource messages, @Value("${pyra.time-zone:UTC}") String zone) {
    this.entries = entries;
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  /** One entry as the page shows it. */
  record Row(AuditEntry entry, String when, String actionLabel, List<FieldChange> changes) {}

  @GetMapping
  String list(
      @Valid @ModelAttribute("filter") AuditFilterForm form,
      BindingResult result,
      @RequestParam(required = false) Long cursor,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    boolean overLimit =
        result.hasErrors(); // a filter longer than its limit matches nothing, and is shown as such
    Instant from = overLimit ? null : instant(form.getFrom(), "from", result, locale);
    Instant to = overLimit ? null : instant(form.getTo(), "to", result, locale);
    Slice<AuditEntry> slice =
        overLimit
            ? Slice.<AuditEntry>empty()
            : entries.find(
                new AuditFilter(form.getUser(), form.getRecordType(), form.getRecordId(), from, to),
                cursor,
                PAGE_SIZE);
    model.addAttribute("rows", slice.items().stream().map(e -> row(e, locale)).toList());
    model.addAttribute(
        "olderLink", slice.nextCursor() == null ? null : link(form, slice.nextCursor()));
    model.addAttribute("zone", zone.getId());
    response.addHeader("Vary", "HX-Request");
    return htmx != null ? "platform/audit/list :: results" : "platform/audit/list";
  }

  private Row row(AuditEntry entry, Locale locale) {
    String label =
        messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale);
    return new Row(entry, WHEN.format(entry.occurredAt().atZone(zone)), label, entry.changes());
  }

  private Instant instant(String value, String field, BindingResult result, Locale locale) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      String label = messages.getMessage("audit.filter." + field, null, field, locale);
      result.rejectValue(
          field, "type", messages.getMessage("validation.type", new Object[] {label}, locale));
      return null;
    }
  }

  private static String link(AuditFilterForm form, String cursor) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
    add(link, "user", form.getUser());
    add(link, "recordType", form.getRecordType());
    add(link, "recordId", form.getRecordId());
    add(link, "from", form.getFrom());
    add(link, "to", form.getTo());
    return link.queryParam("cursor", cursor).encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.queryParam(name, value.strip());
    }
  }
}
