package io.pyra.platform.web;

import io.pyra.platform.audit.AuditEntries;
import io.pyra.platform.audit.AuditEntry;
import io.pyra.platform.audit.AuditFilter;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.validation.InputLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for API clients, newest first, with the page's filters and a keyset cursor. */
@Tag(name = "Audit log")
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('audit.read')")
class AuditRestController {

  private final AuditEntries entries;
  private final InputLimits limits;

  AuditRestController(AuditEntries entries, InputLimits limits) {
    this.entries = entries;
    this.limits = limits;
  }

  /** The text filters with the limits of the columns they match. */
  record TextFilters(
      @Size(max = 100) String user,
      @Size(max = 60) String recordType,
      @Size(max = 100) String recordId) {}

  record EntryView(
      long id,
      Instant occurredAt,
      UUID actorId,
      String actorName,
      String action,
      String recordType,
      String recordId,
      List<FieldChange> changes) {

    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.id(),
          e.occurredAt(),
          e.actorId(),
          e.actorName(),
          e.action(),
          e.recordType(),
          e.recordId(),
          e.changes());
    }
  }

  record EntriesView(List<EntryView> items, String nextCursor) {}

  @Operation(
      summary = "Read the audit log, newest first",
      description =
          "Filters: user (username), recordType, recordId, from (inclusive) and to (exclusive) as ISO-8601 "
              + "date-times with offset. Pass nextCursor as cursor to read older entries; limit 1 to 200 (default 50).")
  @GetMapping
  EntriesView list(
      @Parameter(schema = @Schema(maxLength = 100)) @RequestParam(required = false) String user,
      @Parameter(schema = @Schema(maxLength = 60)) @RequestParam(required = false)
          String recordType,
      @Parameter(schema = @Schema(maxLength = 100)) @RequestParam(required = false) String recordId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime to,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) Long cursor) {
    limits.check(new TextFilters(user, recordType, recordId));
    if (limit < 1 || limit > AuditEntries.MAX_LIMIT) {
      throw new BusinessRuleException(
          "limit", "range", "audit.limit.range", AuditEntries.MAX_LIMIT);
    }
    Slice<AuditEntry> slice =
        entries.find(
            new AuditFilter(
                user,
                recordType,
                recordId,
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant()),
            cursor,
            limit);
    return new EntriesView(slice.items().stream().map(EntryView::of).toList(), slice.nextCursor());
  }
}
