package io.pyra.customer.directory;

import io.pyra.platform.query.KeysetCursor;
import java.util.UUID;

/**
 * A position in the list: the sort it belongs to, the sort value and id of the customer at the edge
 * of a page, whether it reads the customers after it or before it, and whether the page matched
 * names by similarity.
 */
record CustomerCursor(CustomerSort sort, boolean fuzzy, boolean before, String value, UUID id) {

  static final KeysetCursor.Format FORMAT =
      KeysetCursor.format(
          "customer", String.class, Boolean.class, Boolean.class, String.class, UUID.class);

  String encode() {
    return FORMAT.encode(sort.text(), fuzzy, before, value, id);
  }

  /** The position, or {@code null} for none; a cursor of another sort is refused. */
  static CustomerCursor decode(String text, CustomerSort sort) {
    KeysetCursor cursor = FORMAT.decode(text);
    if (cursor == null) {
      return null;
    }
    if (!sort.text().equals(cursor.string(0)) || cursor.string(3) == null) {
      throw FORMAT.refusal();
    }
    return new CustomerCursor(
        sort, cursor.flag(1), cursor.flag(2), cursor.string(3), cursor.uuid(4));
  }
}
