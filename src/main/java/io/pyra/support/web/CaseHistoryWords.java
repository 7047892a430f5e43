package io.pyra.support.web;

import io.pyra.support.cases.CaseEventKind;
import io.pyra.support.cases.CaseHistory.CaseEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's history in words, in the reader's language and time zone: who, when, what happened (from
 * → to) and the reason given. Pyra itself (the SLA job) is named as such.
 */
@Component
class CaseHistoryWords {

  /** How the complaint steps write a passed-over compensation's reason on the history. */
  private static final String NO_COMPENSATION = "no compensation: ";

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** One line of the history as the case page shows it. */
  record Line(String kind, String at, String who, String what, String reason) {}

  private final MessageSource messages;

  CaseHistoryWords(MessageSource messages) {
    this.messages = messages;
  }

  List<Line> lines(List<CaseEvent> events, ZoneId zone, Locale locale) {
    return events.stream().map(e -> line(e, zone, locale)).toList();
  }

  Line line(CaseEvent e, ZoneId zone, Locale locale) {
    String who =
        e.actorId() == null
            ? text("case.history.pyra", locale)
            : e.actorName() != null ? e.actorName() : "—";
    String reason = e.detail();
    String what =
        switch (e.kind()) {
          case STATUS ->
              text(
                  "case.history.STATUS",
                  locale,
                  status(e.fromValue(), locale),
                  status(e.toValue(), locale));
          case SEVERITY ->
              text(
                  "case.history.SEVERITY",
                  locale,
                  word("case.severity.", e.fromValue(), locale),
                  word("case.severity.", e.toValue(), locale));
          case PRIORITY -> priority(e, locale);
          case DEADLINE -> deadline(e, zone, locale);
          case SLA_WARNING, SLA_BREACH ->
              text("case.history." + e.kind() + "." + target(e.toValue()), locale);
          case ESCALATED ->
              e.detail() == null
                  ? text("case.history.ESCALATED.nobody", locale, e.toValue())
                  : text("case.history.ESCALATED", locale, e.detail(), e.toValue());
          case ASSIGNED ->
              text(
                  "sla-breach".equals(e.detail())
                      ? "case.history.ASSIGNED.breach"
                      : "case.history.ASSIGNED",
                  locale,
                  e.fromValue() == null ? "—" : e.fromValue(),
                  e.toValue() == null ? "—" : e.toValue());
          case STEP -> text("case.history.STEP", locale, "—", step(e.toValue(), locale));
          case NOTE ->
              "record".equals(e.fromValue())
                  ? text("case.history.NOTE.record", locale)
                  : text("case.history.NOTE", locale);
          default ->
              text(
                  "case.history." + e.kind(),
                  locale,
                  e.fromValue() == null ? "—" : e.fromValue(),
                  e.toValue() == null ? "—" : e.toValue());
        };
    if (e.kind() == CaseEventKind.STATUS && e.actorId() == null && reason != null) {
      // Pyra's own moves give a reason code ("customer-replied"), a user's their own words
      reason = messages.getMessage("case.history.why." + reason, null, reason, locale);
    }
    if (e.kind() == CaseEventKind.STEP
        && reason != null
        && reason.startsWith(NO_COMPENSATION)
        && "COMPENSATION".equals(e.toValue())) {
      reason =
          text(
              "case.history.step.no-compensation",
              locale,
              reason.substring(NO_COMPENSATION.length()));
    }
    if (e.kind() == CaseEventKind.ESCALATED
        || "sla-breach".equals(reason)
        || e.kind() == CaseEventKind.DEADLINE
        || e.kind() == CaseEventKind.NOTE
        || "grade".equals(reason)) {
      reason = null;
    } else if (io.pyra.support.cases.CaseImports.IMPORT.equals(reason)) {
      reason = text("case.history.imported", locale);
    }
    return new Line(e.kind().name(), SHOWN.format(e.occurredAt().atZone(zone)), who, what, reason);
  }

  /**
   * A complaint step in words: "ACKNOWLEDGEMENT" is the step's name, "COMPENSATION:APPROVED" the
   * step with the compensation's status, "PREVENTION_ACTION" a prevention action added.
   */
  private String step(String value, Locale locale) {
    if (value == null) {
      return "—";
    }
    int colon = value.indexOf(':');
    String step = colon < 0 ? value : value.substring(0, colon);
    String name =
        "PREVENTION_ACTION".equals(step)
            ? text("case.history.step.PREVENTION_ACTION", locale)
            : word("complaint.step.", step, locale);
    if (colon < 0) {
      return name;
    }
    return text(
        "case.history.step.status",
        locale,
        name,
        word("complaint.compensation.status.", value.substring(colon + 1), locale));
  }

  private String priority(CaseEvent e, Locale locale) {
    if ("grade".equals(e.detail())) {
      return text("case.history.GRADE", locale, e.fromValue(), e.toValue());
    }
    return text("case.history.PRIORITY", locale, e.fromValue(), e.toValue());
  }

  /** "first-response:team" → "First response due moved from … to … (team changed)". */
  private String deadline(CaseEvent e, ZoneId zone, Locale locale) {
    String detail = e.detail() == null ? "" : e.detail();
    int colon = detail.indexOf(':');
    String target = colon < 0 ? detail : detail.substring(0, colon);
    String why = colon < 0 ? "" : detail.substring(colon + 1);
    return text(
        "case.history.DEADLINE." + target(target),
        locale,
        instant(e.fromValue(), zone),
        instant(e.toValue(), zone),
        messages.getMessage("case.history.why." + why, null, why, locale));
  }

  private static String target(String value) {
    return "first-response".equals(value) ? "response" : "resolution";
  }

  private static String instant(String value, ZoneId zone) {
    if (value == null || value.equals("null")) {
      return "—";
    }
    try {
      return SHOWN.format(Instant.parse(value).atZone(zone));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private String status(String code, Locale locale) {
    return word("case.status.", code, locale);
  }

  private String word(String prefix, String code, Locale locale) {
    return code == null ? "—" : messages.getMessage(prefix + code, null, code, locale);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
