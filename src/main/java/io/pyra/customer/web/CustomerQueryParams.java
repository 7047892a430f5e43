package io.pyra.customer.web;

import io.pyra.customer.LifecycleStage;
import io.pyra.customer.directory.CustomerFilter;
import io.pyra.customer.directory.CustomerFilter.FieldCondition;
import io.pyra.customer.directory.ValueGrade;
import io.pyra.customer.directory.ValueTier;
import io.pyra.platform.error.BusinessRuleException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customer filter as query parameters, the same for the page, the API and the export: {@code q,
 * stage, ownerId, orgUnitId, sector, tag} (repeatable, or comma-separated), {@code
 * cf.<code>=value}, {@code cf.<code>.min}, {@code cf.<code>.max}, {@code tier} (TOP, HIGH, MIDDLE,
 * LOW), {@code grade} (A, B, C) and {@code segment} (an RFM segment's code): the last three need
 * value.read.
 */
public final class CustomerQueryParams {

  private CustomerQueryParams() {}

  /** The filter these parameters describe; a 422 naming the parameter for a bad one. */
  public static CustomerFilter filter(MultiValueMap<String, String> params) {
    List<String> tags = new ArrayList<>();
    params.getOrDefault("tag", List.of()).forEach(t -> tags.addAll(Arrays.asList(t.split(","))));
    Map<String, String[]> fields = new LinkedHashMap<>();
    params.forEach(
        (name, values) -> {
          if (!name.startsWith("cf.") || values.isEmpty()) {
            return;
          }
          String rest = name.substring(3);
          int part = rest.endsWith(".min") ? 1 : rest.endsWith(".max") ? 2 : 0;
          String code = part == 0 ? rest : rest.substring(0, rest.length() - 4);
          fields.computeIfAbsent(code, k -> new String[3])[part] = values.getFirst();
        });
    List<FieldCondition> conditions =
        fields.entrySet().stream()
            .map(
                e ->
                    new FieldCondition(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
            .filter(c -> !c.isEmpty())
            .toList();
    return new CustomerFilter(
        params.getFirst("q"),
        stage(params.getFirst("stage")),
        uuid(params, "ownerId"),
        uuid(params, "orgUnitId"),
        params.getFirst("sector"),
        tags,
        conditions,
        ValueTier.parse(params.getFirst("tier")),
        ValueGrade.parse(params.getFirst("grade")),
        params.getFirst("segment"));
  }

  /**
   * The current address with some parameters replaced ({@code null} removes one), e.g. another
   * cursor.
   */
  static String url(
      String path, MultiValueMap<String, String> params, Map<String, String> replaced) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
    params.forEach(
        (name, values) -> {
          if (!replaced.containsKey(name)) {
            values.stream()
                .filter(v -> v != null && !v.isBlank())
                .forEach(v -> url.queryParam(name, v));
          }
        });
    replaced.forEach(
        (name, value) -> {
          if (value != null) {
            url.queryParam(name, value);
          }
        });
    return url.encode().build().toUriString();
  }

  private static LifecycleStage stage(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LifecycleStage.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("stage", "one-of", "customers.filter.stage.unknown", text);
    }
  }

  private static UUID uuid(MultiValueMap<String, String> params, String name) {
    String text = params.getFirst(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(name, "type", "validation.type", name);
    }
  }
}
