package io.pyra.interaction.timeline;

import io.pyra.interaction.TimelinePosition;
import io.pyra.platform.error.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The opaque cursor of a timeline page: the position of its last entry, as base64url text. */
final class TimelineCursor {

  private static final String VERSION = "t1";

  private TimelineCursor() {}

  static String encode(TimelinePosition position) {
    String plain = VERSION + "|" + position.occurredAt() + "|" + position.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position, or {@code null} for no cursor; a cursor that is not one of ours is refused. */
  static TimelinePosition decode(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|");
      if (parts.length != 3 || !parts[0].equals(VERSION)) {
        throw new IllegalArgumentException("not a timeline cursor");
      }
      return new TimelinePosition(Instant.parse(parts[1]), UUID.fromString(parts[2]));
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new BusinessRuleException("cursor", "invalid", "validation.invalid", "cursor");
    }
  }
}
