package io.pyra.scheduling.handoff;

import io.pyra.scheduling.calendar.BookingFacts;
import java.time.ZoneId;
import java.util.List;

/**
 * A booking of a target's horizon as it is handed off: its facts (for the iCalendar event), its
 * purpose, centre and resources (for the CSV), the hash of all that, and what the target was last
 * sent of it ({@code sentHash} {@code null}: never); {@code zone} is its centre's time zone.
 */
record HandedOffBooking(
    BookingFacts facts,
    String purpose,
    String centre,
    List<String> resources,
    String hash,
    String sentHash,
    ZoneId zone) {

  enum Change {
    NEW,
    CHANGED,
    CANCELLED,
    NONE
  }

  Change change() {
    if (hash.equals(sentHash)) {
      return Change.NONE;
    }
    if (facts.cancelled()) {
      return Change.CANCELLED;
    }
    return sentHash == null ? Change.NEW : Change.CHANGED;
  }

  String status() {
    return facts.cancelled() ? "CANCELLED" : "CONFIRMED";
  }
}
