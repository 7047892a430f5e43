package io.pyra.sales.opportunity;

import io.pyra.platform.LocalizedName;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One stay of an opportunity in a stage: when it entered, who moved it, and how long it stayed
 * ({@code left} null: it is still there, the time so far).
 */
public record StageVisit(
    UUID stageId,
    String stageCode,
    LocalizedName stageName,
    LocalizedName fromStageName,
    Instant entered,
    Instant left,
    String changedByName,
    Duration spent) {

  public String stageName(Locale locale) {
    return stageName.in(locale);
  }

  public String fromStageName(Locale locale) {
    return fromStageName == null ? null : fromStageName.in(locale);
  }

  public boolean current() {
    return left == null;
  }

  public long days() {
    return spent.toDays();
  }

  public long hours() {
    return spent.toHoursPart();
  }

  public long minutes() {
    return spent.toMinutesPart();
  }
}
