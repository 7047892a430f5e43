package io.pyra.platform;

import java.text.Collator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Countries and time zones in words, in the reader's language: a country by its name ({@code CN →
 * China / 中国}), a time zone by its city and offset ("Shanghai time (UTC+08:00)" /
 * "上海时间（UTC+08:00）"). Pages reach it as {@code @placeNames}. City names in Chinese come from the
 * message {@code zone.city.<zone id>}; a zone without one is named by the city of its id.
 */
@Component("placeNames")
public class PlaceNames {

  /** The regions of the time-zone database, in the order a select lists them. */
  static final List<String> REGIONS =
      List.of(
          "Asia",
          "Australia",
          "Pacific",
          "Europe",
          "Africa",
          "America",
          "Atlantic",
          "Indian",
          "Antarctica");

  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

  /** One group of a time-zone select: the region's name and its zones as [id, words]. */
  public record ZoneGroup(String region, String label, List<List<String>> options) {}

  private final MessageSource messages;

  PlaceNames(MessageSource messages) {
    this.messages = messages;
  }

  /** The country's name ({@code CN → China}), or the code itself when it names no country. */
  public String country(String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return code;
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!Set.of(Locale.getISOCountries()).contains(upper)) {
      return code;
    }
    String name = Locale.of("", upper).getDisplayCountry(locale);
    return name == null || name.isBlank() ? code : name;
  }

  /** Every country as [code, name], sorted by name in the reader's language. */
  public List<List<String>> countryOptions(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return Set.of(Locale.getISOCountries()).stream()
        .map(code -> List.of(code, country(code, locale)))
        .sorted(Comparator.comparing((List<String> option) -> option.get(1), collator))
        .toList();
  }

  /** The city of a zone in the reader's language ({@code Asia/Shanghai → Shanghai / 上海}). */
  public String city(String zoneId, Locale locale) {
    String id = zoneId.strip();
    int slash = id.lastIndexOf('/');
    String fallback = (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
    return messages.getMessage("zone.city." + id, null, fallback, locale);
  }

  /**
   * A zone as a sentence: "Shanghai time (UTC+08:00)", with the offset in force now; an unknown id
   * is returned as it is.
   */
  public String zone(String zoneId, Locale locale) {
    if (zoneId == null || zoneId.isBlank()) {
      return zoneId;
    }
    try {
      ZoneId zone = ZoneId.of(zoneId.strip());
      return messages.getMessage(
          "zone.sentence",
          new Object[] {city(zone.getId(), locale), offset(zone)},
          zone.getId(),
          locale);
    } catch (DateTimeException e) {
      return zoneId;
    }
  }

  /**
   * The zones of the time-zone database grouped by region, each as [id, "Shanghai (UTC+08:00)"],
   * sorted by offset then city; a {@code current} zone outside the regions ({@code UTC}) is listed
   * under "Other" so that a unit's zone is always among the choices.
   */
  public List<ZoneGroup> zoneGroups(String current, Locale locale) {
    Collator collator = Collator.getInstance(locale);
    Instant now = Instant.now();
    Map<String, List<ZoneId>> byRegion = new LinkedHashMap<>();
    REGIONS.forEach(region -> byRegion.put(region, new ArrayList<>()));
    for (String id : ZoneId.getAvailableZoneIds()) {
      int slash = id.indexOf('/');
      if (slash > 0 && byRegion.containsKey(id.substring(0, slash))) {
        byRegion.get(id.substring(0, slash)).add(ZoneId.of(id));
      }
    }
    List<ZoneGroup> groups = new ArrayList<>();
    byRegion.forEach(
        (region, zones) -> {
          List<List<String>> options =
              zones.stream()
                  .sorted(
                      Comparator.comparing((ZoneId z) -> z.getRules().getOffset(now))
                          .thenComparing(z -> city(z.getId(), locale), collator))
                  .map(z -> List.of(z.getId(), option(z, locale)))
                  .toList();
          groups.add(
              new ZoneGroup(
                  region,
                  messages.getMessage("zone.region." + region, null, region, locale),
                  options));
        });
    if (current != null
        && !current.isBlank()
        && groups.stream()
            .flatMap(group -> group.options().stream())
            .noneMatch(option -> option.get(0).equals(current))) {
      String words;
      try {
        words = option(ZoneId.of(current), locale);
      } catch (DateTimeException e) {
        words = current;
      }
      groups.add(
          new ZoneGroup(
              "Other",
              messages.getMessage("zone.region.Other", null, "Other", locale),
              List.of(List.of(current, words))));
    }
    return groups;
  }

  private String option(ZoneId zone, Locale locale) {
    return messages.getMessage(
        "zone.option",
        new Object[] {city(zone.getId(), locale), offset(zone)},
        zone.getId(),
        locale);
  }

  private static String offset(ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(Instant.now());
    return OFFSET.format(offset);
  }
}
