package io.pyra.scheduling.calendar;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who else is told of a booking besides its booker, instructors and the centre's technicians: e.g.
 * the contacts of the customers enrolled in a class session. Every bean of this type is asked.
 */
public interface BookingParticipants {

  /** Someone to mail an invitation to, in their language and on their clock. */
  record Recipient(String name, String email, Locale locale, java.time.ZoneId zone) {}

  /** The extra recipients of the booking (at most a few hundred). */
  List<Recipient> recipients(UUID bookingId);
}
