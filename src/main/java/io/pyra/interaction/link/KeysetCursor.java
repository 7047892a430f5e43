package io.pyra.interaction.link;

import io.pyra.platform.error.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in a list ordered by a time and the id, newest first: the time and id of the last row
 * of a page; the next page reads the rows before it. Base64url text.
 */
public record KeysetCursor(Instant at, UUID id) {

  public String encode() {
    String plain = at.toString() + "\n" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or {@code null} for none; a mangled one is a broken rule on {@code cursor}. */
  public static KeysetCursor decode(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      String[] parts = plain.split("\n", 2);
      return new KeysetCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw new BusinessRuleException("cursor", "invalid", "interaction.cursor.invalid");
    }
  }
}
