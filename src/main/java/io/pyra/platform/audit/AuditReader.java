package io.pyra.platform.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a page of audit entries into words with the help of the modules ({@link AuditRecordWords}):
 * every name a page needs is looked up once per record type, not once per entry.
 */
@Component
public class AuditReader {

  private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");
  private static final Set<String> ROUTINE = Set.of("createdAt", "updatedAt");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final List<AuditRecordWords> modules;
  private final MessageSource messages;

  AuditReader(List<AuditRecordWords> modules, MessageSource messages) {
    this.modules = List.copyOf(modules);
    this.messages = messages;
  }

  /** The record types the modules describe, each with its kind in words, sorted by the words. */
  public Map<String, String> kinds(Locale locale) {
    Map<String, String> kinds = new HashMap<>();
    for (AuditRecordWords module : modules) {
      for (String type : module.recordTypes()) {
        kinds.put(type, kind(type, locale));
      }
    }
    return kinds.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  public List<AuditEntryInWords> read(List<AuditEntry> entries, Locale locale, ZoneId zone) {
    Map<String, Set<String>> wanted = new HashMap<>();
    String actorType = actorType();
    for (AuditEntry entry : entries) {
      if (entry.recordId() != null) {
        wanted
            .computeIfAbsent(entry.recordType(), t -> new LinkedHashSet<>())
            .add(entry.recordId());
      }
      if (actorType != null && entry.actorId() != null) {
        wanted
            .computeIfAbsent(actorType, t -> new LinkedHashSet<>())
            .add(entry.actorId().toString());
      }
      Map<String, String> references = references(entry.recordType());
      for (FieldChange change : entry.changes()) {
        String target = references.get(change.field());
        if (target != null) {
          Set<String> ids = wanted.computeIfAbsent(target, t -> new LinkedHashSet<>());
          ids.addAll(elements(change.before()));
          ids.addAll(elements(change.after()));
        }
      }
    }
    Map<String, Map<String, String>> names = new HashMap<>();
    wanted.forEach(
        (type, ids) -> {
          AuditRecordWords owner = owner(type);
          Set<String> real =
              ids.stream()
                  .filter(id -> id != null && ID.matcher(id).matches())
                  .collect(Collectors.toSet());
          if (owner != null && !real.isEmpty()) {
            names.put(type, owner.names(type, real, locale));
          }
        });
    return entries.stream().map(entry -> inWords(entry, names, actorType, locale, zone)).toList();
  }

  private AuditEntryInWords inWords(
      AuditEntry entry,
      Map<String, Map<String, String>> names,
      String actorType,
      Locale locale,
      ZoneId zone) {
    AuditRecordWords owner = owner(entry.recordType());
    Map<String, String> references = references(entry.recordType());
    List<AuditEntryInWords.Change> changes = new ArrayList<>();
    for (FieldChange change : entry.changes()) {
      String target = references.get(change.field());
      Map<String, String> targetNames =
          target == null ? Map.of() : names.getOrDefault(target, Map.of());
      changes.add(
          new AuditEntryInWords.Change(
              change.field(),
              label(entry.recordType(), change.field(), locale),
              value(
                  owner,
                  entry.recordType(),
                  change.field(),
                  change.before(),
                  targetNames,
                  locale,
                  zone),
              value(
                  owner,
                  entry.recordType(),
                  change.field(),
                  change.after(),
                  targetNames,
                  locale,
                  zone),
              ROUTINE.contains(change.field())));
    }
    String actor =
        entry.actorId() == null || actorType == null
            ? entry.actorName()
            : names
                .getOrDefault(actorType, Map.of())
                .getOrDefault(entry.actorId().toString(), entry.actorName());
    String recordName =
        entry.recordId() == null
            ? null
            : names
                .getOrDefault(entry.recordType(), Map.of())
                .getOrDefault(entry.recordId(), nameFromChanges(entry));
    return new AuditEntryInWords(
        entry, kind(entry.recordType(), locale), recordName, actor, List.copyOf(changes));
  }

  /** A record that is gone is named by the code and name its own entry wrote, if any. */
  private static String nameFromChanges(AuditEntry entry) {
    String code = null;
    String name = null;
    for (FieldChange change : entry.changes()) {
      String value = change.after() != null ? change.after() : change.before();
      if (change.field().equals("code")) {
        code = value;
      } else if (change.field().equals("name") || change.field().equals("username")) {
        name = value;
      }
    }
    String joined =
        Arrays.asList(code, name).stream()
            .filter(v -> v != null && !v.isBlank())
            .collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  private String value(
      AuditRecordWords owner,
      String type,
      String field,
      String value,
      Map<String, String> targetNames,
      Locale locale,
      ZoneId zone) {
    if (value == null) {
      return null;
    }
    if (value.equals(AuditValues.SECRET_CHANGED)) {
      return messages.getMessage("audit.value.secret", null, value, locale);
    }
    boolean list = value.startsWith("[") && value.endsWith("]") && !value.contains("{");
    if (list) {
      List<String> elements = elements(value);
      return elements.isEmpty()
          ? messages.getMessage("audit.value.empty", null, value, locale)
          : elements.stream()
              .map(e -> single(owner, type, field, e, targetNames, locale, zone))
              .collect(Collectors.joining(", "));
    }
    return single(owner, type, field, value, targetNames, locale, zone);
  }

  private String single(
      AuditRecordWords owner,
      String type,
      String field,
      String value,
      Map<String, String> targetNames,
      Locale locale,
      ZoneId zone) {
    if (targetNames.containsKey(value)) {
      return targetNames.get(value);
    }
    String words = owner == null ? null : owner.value(type, field, value, locale);
    if (words != null) {
      return words;
    }
    if (value.equals("true") || value.equals("false")) {
      return messages.getMessage("audit.value." + value, null, value, locale);
    }
    if (INSTANT.matcher(value).matches()) {
      try {
        return MINUTE.format(Instant.parse(value).atZone(zone));
      } catch (DateTimeParseException e) {
        return value;
      }
    }
    return value;
  }

  private static List<String> elements(String value) {
    if (value == null) {
      return List.of();
    }
    if (value.startsWith("[") && value.endsWith("]")) {
      String inner = value.substring(1, value.length() - 1).strip();
      return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",\\s*")).toList();
    }
    return List.of(value);
  }

  private String kind(String type, Locale locale) {
    return messages.getMessage("audit.record." + type, null, type, locale);
  }

  private String label(String type, String field, Locale locale) {
    String specific = messages.getMessage("audit.field." + type + "." + field, null, null, locale);
    if (specific != null) {
      return specific;
    }
    String common = messages.getMessage("audit.field." + field, null, null, locale);
    if (common != null) {
      return common;
    }
    return messages.getMessage("field." + field, null, humane(field), locale);
  }

  /** {@code nameKey} → "Name key": better than the raw name where no label was written. */
  private static String humane(String field) {
    String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return spaced.isEmpty() ? field : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private Map<String, String> references(String type) {
    AuditRecordWords owner = owner(type);
    return owner == null ? Map.of() : owner.references(type);
  }

  private AuditRecordWords owner(String type) {
    for (AuditRecordWords module : modules) {
      if (module.recordTypes().contains(type)) {
        return module;
      }
    }
    return null;
  }

  private String actorType() {
    for (AuditRecordWords module : modules) {
      if (module.actorRecordType() != null) {
        return module.actorRecordType();
      }
    }
    return null;
  }
}
