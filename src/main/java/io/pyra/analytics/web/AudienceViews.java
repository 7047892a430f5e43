package io.pyra.analytics.web;

import io.pyra.analytics.audience.Audience;
import io.pyra.analytics.audience.Audiences;
import io.pyra.analytics.audience.Audiences.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A scheme's audience as the API answers it, as a sentence for the pages and as the choices of the
 * scheme forms.
 */
@Component
class AudienceViews {

  /** Between the parts of an audience in words. */
  static final String SEPARATOR = " · ";

  private final Audiences audiences;
  private final MessageSource messages;

  AudienceViews(Audiences audiences, MessageSource messages) {
    this.audiences = audiences;
    this.messages = messages;
  }

  /** {@code {orgUnit, sector, fields: [{code, equalTo, min, max}]}}, codes for references. */
  Map<String, Object> json(Audience audience) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(
        "orgUnit",
        audience.orgUnitId() == null
            ? null
            : audiences
                .orgUnit(audience.orgUnitId())
                .map(Option::code)
                .orElse(audience.orgUnitId().toString()));
    json.put(
        "sector",
        audience.sectorId() == null
            ? null
            : audiences
                .sector(audience.sectorId())
                .map(Option::code)
                .orElse(audience.sectorId().toString()));
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Audience.FieldCondition field : audience.fields()) {
      Map<String, Object> condition = new LinkedHashMap<>();
      condition.put("code", field.code());
      condition.put("equalTo", field.equalTo());
      condition.put("min", field.min());
      condition.put("max", field.max());
      fields.add(condition);
    }
    json.put("fields", fields);
    return json;
  }

  /** The audience in words in {@code locale}'s language: "All customers", or its parts. */
  String words(Audience audience, Locale locale) {
    if (audience.everyone()) {
      return message("analytics.scheme.audience.all", locale);
    }
    List<String> parts = new ArrayList<>();
    if (audience.orgUnitId() != null) {
      Optional<Option> unit = audiences.orgUnit(audience.orgUnitId());
      parts.add(
          message(
              "analytics.audience.words.orgUnit",
              locale,
              unit.map(u -> u.name(locale)).orElse("?"),
              unit.map(Option::code).orElse("?")));
    }
    if (audience.sectorId() != null) {
      Optional<Option> sector = audiences.sector(audience.sectorId());
      parts.add(
          message(
              "analytics.audience.words.sector",
              locale,
              sector.map(s -> s.name(locale)).orElse("?"),
              sector.map(Option::code).orElse("?")));
    }
    Map<String, Option> labels = new LinkedHashMap<>();
    if (!audience.fields().isEmpty()) {
      audiences.customFields().forEach(f -> labels.put(f.code(), f));
    }
    for (Audience.FieldCondition field : audience.fields()) {
      Option known = labels.get(field.code());
      String label = known == null ? field.code() : known.name(locale);
      if (field.equalTo() != null) {
        String value =
            "BOOLEAN".equals(field.type())
                ? message("analytics.audience.words." + field.equalTo(), locale)
                : field.equalTo();
        parts.add(message("analytics.audience.words.equals", locale, label, value));
      }
      if (field.min() != null && field.max() != null) {
        parts.add(
            message("analytics.audience.words.between", locale, label, field.min(), field.max()));
      } else if (field.min() != null) {
        parts.add(message("analytics.audience.words.min", locale, label, field.min()));
      } else if (field.max() != null) {
        parts.add(message("analytics.audience.words.max", locale, label, field.max()));
      }
    }
    return String.join(SEPARATOR, parts);
  }

  /**
   * The choices of the audience inputs: {@code audienceOptions} (the org units first suggested for
   * what is typed in {@code orgUnit}, a code, a name or an id), {@code sectorOptions} (by code,
   * sub-sectors after their sector) and {@code fieldOptions} (custom fields by code), each a list
   * of [value, text]; the sectors and fields with a first blank choice; {@code sector} (a code) is
   * offered even beyond the first ones.
   */
  void options(Model model, Locale locale, String orgUnit, String sector) {
    List<List<String>> units = unitSuggestions(orgUnit, locale);
    model.addAttribute("audienceOptions", units);
    List<List<String>> sectors = new ArrayList<>();
    sectors.add(List.of("", message("analytics.audience.sector.any", locale)));
    List<Option> sectorsOffered = new ArrayList<>(audiences.sectors());
    if (sector != null
        && !sector.isBlank()
        && sectorsOffered.stream().noneMatch(o -> o.code().equalsIgnoreCase(sector.strip()))) {
      audiences.sectorByCode(sector.strip()).ifPresent(sectorsOffered::add);
    }
    sectorsOffered.forEach(
        s ->
            sectors.add(
                List.of(
                    s.code(),
                    (s.parentId() == null ? "" : "— ") + s.name(locale) + " (" + s.code() + ")")));
    model.addAttribute("sectorOptions", sectors);
    List<List<String>> fields = new ArrayList<>();
    fields.add(List.of("", message("analytics.audience.field.none", locale)));
    audiences
        .customFields()
        .forEach(f -> fields.add(List.of(f.code(), f.name(locale) + " (" + f.code() + ")")));
    model.addAttribute("fieldOptions", fields);
  }

  /** The code of the audience's sector, for a form; null when none. */
  /**
   * The org units suggested for {@code typed} (a code, a name or an id, blank for the first units),
   * as [code, "name (code)"] pairs for a datalist.
   */
  List<List<String>> unitSuggestions(String typed, Locale locale) {
    UUID chosen = id(typed);
    List<Option> offered =
        chosen == null
            ? audiences.orgUnitsLike(typed)
            : audiences.orgUnit(chosen).map(List::of).orElse(List.of());
    return offered.stream()
        .map(u -> List.of(u.code(), u.name(locale) + " (" + u.code() + ")"))
        .toList();
  }

  /** The code of the audience's org unit, null for none (or one since removed). */
  String orgUnitCode(Audience audience) {
    return audience.orgUnitId() == null
        ? null
        : audiences.orgUnit(audience.orgUnitId()).map(Option::code).orElse(null);
  }

  String sectorCode(Audience audience) {
    return audience.sectorId() == null
        ? null
        : audiences.sector(audience.sectorId()).map(Option::code).orElse(null);
  }

  private static UUID id(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
