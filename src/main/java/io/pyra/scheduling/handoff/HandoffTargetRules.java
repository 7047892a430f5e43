package io.pyra.scheduling.handoff;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of a hand-off target: a name; a FOLDER that is an absolute path without {@code ..} to a
 * writable directory, or an http(s) URL without credentials in it; formats, a horizon of 1–90 days
 * and a schedule (every 5–720 minutes, 1–24 hours, or daily at HH:mm). Every text has its maximum
 * length.
 */
final class HandoffTargetRules {

  static final int NAME_MAX = 200;
  static final int LOCATION_MAX = 500;
  static final int TOKEN_MAX = 500;
  static final int HORIZON_MAX = 90;

  /** What was entered, tidied: texts stripped, defaults filled in. */
  record Clean(
      String name,
      String kind,
      String folder,
      String url,
      String token,
      String formats,
      int horizonDays,
      String scheduleKind,
      Integer scheduleEvery,
      String dailyAt,
      boolean active) {}

  private HandoffTargetRules() {}

  static Clean check(SaveHandoffTarget in) {
    List<RuleViolation> violations = new ArrayList<>();
    String name = strip(in.name());
    if (name == null) {
      violations.add(new RuleViolation("name", "required", "schedulinghandoff.name.required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(max("name", NAME_MAX));
    }
    String kind = upper(in.kind());
    String folder = null;
    String url = null;
    if ("FOLDER".equals(kind)) {
      folder = folder(strip(in.folder()), violations);
    } else if ("HTTP".equals(kind)) {
      url = url(strip(in.url()), violations);
    } else {
      violations.add(new RuleViolation("kind", "one-of", "schedulinghandoff.kind.one-of"));
    }
    String token = in.bearerToken() == null ? null : in.bearerToken().strip();
    if (token != null && token.length() > TOKEN_MAX) {
      violations.add(max("bearerToken", TOKEN_MAX));
    } else if (token != null && !token.matches("[\\x21-\\x7E]*")) {
      violations.add(
          new RuleViolation("bearerToken", "pattern", "schedulinghandoff.token.pattern"));
    }
    String formats = in.formats() == null ? "BOTH" : upper(in.formats());
    if (!Set.of("ICS", "CSV", "BOTH").contains(formats)) {
      violations.add(new RuleViolation("formats", "one-of", "schedulinghandoff.formats.one-of"));
    }
    Integer horizon = in.horizonDays();
    if (horizon == null || horizon < 1 || horizon > HORIZON_MAX) {
      violations.add(
          new RuleViolation(
              "horizonDays", "range", "schedulinghandoff.horizon.range", HORIZON_MAX));
    }
    String scheduleKind = in.scheduleKind() == null ? "DAILY" : upper(in.scheduleKind());
    Integer every = null;
    String dailyAt = null;
    switch (scheduleKind) {
      case "MINUTES" -> every = every(in.scheduleEvery(), 5, 720, violations);
      case "HOURS" -> every = every(in.scheduleEvery(), 1, 24, violations);
      case "DAILY" -> dailyAt = dailyAt(strip(in.dailyAt()), violations);
      default ->
          violations.add(
              new RuleViolation(
                  "scheduleKind", "one-of", "schedulinghandoff.schedule.kind.one-of"));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return new Clean(
        name,
        kind,
        folder,
        url,
        token,
        formats,
        horizon,
        scheduleKind,
        every,
        dailyAt,
        in.active() == null || in.active());
  }

  private static String folder(String folder, List<RuleViolation> violations) {
    if (folder == null) {
      violations.add(new RuleViolation("folder", "required", "schedulinghandoff.folder.required"));
      return null;
    }
    if (folder.length() > LOCATION_MAX) {
      violations.add(max("folder", LOCATION_MAX));
      return null;
    }
    boolean climbs = List.of(folder.split("[/\\\\]")).contains("..");
    Path path;
    try {
      path = Path.of(folder);
    } catch (InvalidPathException e) {
      path = null;
    }
    if (path == null || !path.isAbsolute() || climbs) {
      violations.add(new RuleViolation("folder", "absolute", "schedulinghandoff.folder.absolute"));
    } else if (!Files.isDirectory(path) || !Files.isWritable(path)) {
      violations.add(new RuleViolation("folder", "writable", "schedulinghandoff.folder.writable"));
    }
    return folder;
  }

  private static String url(String url, List<RuleViolation> violations) {
    if (url == null) {
      violations.add(new RuleViolation("url", "required", "schedulinghandoff.url.required"));
      return null;
    }
    if (url.length() > LOCATION_MAX) {
      violations.add(max("url", LOCATION_MAX));
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        violations.add(new RuleViolation("url", "scheme", "schedulinghandoff.url.scheme"));
      } else if (uri.getUserInfo() != null) {
        violations.add(
            new RuleViolation("url", "credentials", "schedulinghandoff.url.credentials"));
      }
    } catch (URISyntaxException e) {
      violations.add(new RuleViolation("url", "scheme", "schedulinghandoff.url.scheme"));
    }
    return url;
  }

  private static Integer every(Integer every, int min, int max, List<RuleViolation> violations) {
    if (every == null || every < min || every > max) {
      violations.add(
          new RuleViolation(
              "scheduleEvery", "range", "schedulinghandoff.schedule.every.range", min, max));
    }
    return every;
  }

  private static String dailyAt(String dailyAt, List<RuleViolation> violations) {
    try {
      if (dailyAt != null && dailyAt.matches("\\d{2}:\\d{2}")) {
        LocalTime.parse(dailyAt);
        return dailyAt;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    violations.add(new RuleViolation("dailyAt", "time", "schedulinghandoff.schedule.daily.time"));
    return null;
  }

  private static RuleViolation max(String field, int max) {
    return new RuleViolation(field, "max-length", "validation.max-length", field, max);
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String upper(String text) {
    return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
  }
}
