package io.pyra.platform.web;

import io.pyra.platform.audit.AuditEntries;
import io.pyra.platform.audit.AuditEntry;
import io.pyra.platform.audit.AuditEntryInWords;
import io.pyra.platform.audit.AuditFilter;
import io.pyra.platform.audit.AuditReader;
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
import java.util.Map;
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
  private final AuditReader reader;
  private final MessageSource messages;
  private final ZoneId zone;

  AuditWebController(
      AuditEntries entries,
      AuditReader reader,
      MessageSource messages,
      @Value("${pyra.time-zone:UTC}") String zone) {
    this.entries = entries;
    this.reader = reader;
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  /**
   * One entry as the page shows it: a compact line (when, who, what, which record) and, folded
   * away, each field's change in words.
   */
  record Row(
      AuditEntry entry,
      String when,
      String actionLabel,
      String actor,
      String kind,
      String recordName,
      List<AuditEntryInWords.Change> changes) {

    /**
     * The labels of the changed fields, for the compact line (bookkeeping left out; a created
     * record lists all its fields, so only its details do).
     */
    public String fields() {
      if (entry.action().equals("CREATE")) {
        return "";
      }
      return String.join(
          ", ",
          changes.stream()
              .filter(change -> !change.routine())
              .map(AuditEntryInWords.Change::label)
              .toList());
    }
  }

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
    Map<String, String> kinds = reader.kinds(locale);
    String recordType = typeOf(form.getRecordType(), kinds);
    Instant from = overLimit ? null : instant(form.getFrom(), "from", result, locale);
    Instant to = overLimit ? null : instant(form.getTo(), "to", result, locale);
    Slice<AuditEntry> slice =
        overLimit
            ? Slice.<AuditEntry>empty()
            : entries.find(
                new AuditFilter(form.getUser(), recordType, form.getRecordId(), from, to),
                cursor,
                PAGE_SIZE);
    model.addAttribute(
        "rows",
        reader.read(slice.items(), locale, zone).stream().map(e -> row(e, locale)).toList());
    model.addAttribute("kinds", kinds);
    model.addAttribute(
        "olderLink", slice.nextCursor() == null ? null : link(form, slice.nextCursor()));
    model.addAttribute("zone", zone.getId());
    response.addHeader("Vary", "HX-Request");
    return htmx != null ? "platform/audit/list :: results" : "platform/audit/list";
  }

  private Row row(AuditEntryInWords words, Locale locale) {
    AuditEntry entry = words.entry();
    String label =
        messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale);
    return new Row(
        entry,
        WHEN.format(entry.occurredAt().atZone(zone)),
        label,
        words.actor(),
        words.kind(),
        words.recordName(),
        words.changes());
  }

  /** The record type filter takes the kind in words ("Customer", "客户") as well as the type. */
  private static String typeOf(String value, Map<String, String> kinds) {
    if (value == null || value.isBlank()) {
      return value;
    }
    String wanted = value.strip();
    return kinds.entrySet().stream()
        .filter(kind -> kind.getValue().equalsIgnoreCase(wanted))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(value);
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
