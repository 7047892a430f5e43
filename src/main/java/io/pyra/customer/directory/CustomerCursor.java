package io.pyra.customer.directory;

import io.pyra.platform.error.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in the list: the sort it belongs to, the sort value and id of the customer at the edge
 * of a page, whether it reads the customers after it or before it, and whether the page matched
 * names by similarity. Base64url text.
 */
record CustomerCursor(String sort, boolean fuzzy, boolean before, String value, UUID id) {

  String encode() {
    String plain =
        sort + (fuzzy ? "~" : "") + "\n" + (before ? "b" : "a") + "\n" + id + "\n" + value;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static CustomerCursor decode(String text, CustomerSort sort) {
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      String[] parts = plain.split("\n", 4);
      boolean fuzzy = parts[0].endsWith("~");
      if (parts.length != 4
          || !parts[0].equals(sort.text() + (fuzzy ? "~" : ""))
          || !(parts[1].equals("a") || parts[1].equals("b"))) {
        throw new IllegalArgumentException("not a cursor of this sort");
      }
      return new CustomerCursor(
          sort.text(), fuzzy, parts[1].equals("b"), parts[3], UUID.fromString(parts[2]));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("cursor", "invalid", "validation.invalid", "cursor");
    }
  }
}
