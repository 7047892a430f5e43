package io.pyra.scheduling.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar text of bookings, written with ical4j: an invitation ({@code METHOD:REQUEST}, for a new
 * booking and each change) or its cancellation ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}),
 * with the booking's UID and SEQUENCE, its times in UTC, the centre and rooms as LOCATION, the
 * booker as ORGANIZER and everyone told as ATTENDEEs; and a feed ({@code METHOD:PUBLISH}) of many.
 */
public final class Invitations {

  static final String PRODUCT = "-//Pyra CRM//Scheduling//EN";

  /** Someone named in an invitation; {@code email} may be {@code null} (then left out). */
  public record Person(String name, String email) {}

  private Invitations() {}

  /** The REQUEST, or the CANCEL when the booking is cancelled. */
  public static String invitation(BookingFacts booking, Person organizer, List<Person> attendees) {
    Method method = booking.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
    VEvent event = event(booking);
    if (organizer != null && organizer.email() != null) {
      Organizer property = new Organizer(URI.create("mailto:" + organizer.email()));
      property.add(new Cn(organizer.name()));
      event.add(property);
    }
    for (Person attendee : attendees) {
      if (attendee.email() == null) {
        continue;
      }
      Attendee property = new Attendee(URI.create("mailto:" + attendee.email()));
      property.add(new Cn(attendee.name()));
      property.add(Role.REQ_PARTICIPANT);
      property.add(PartStat.NEEDS_ACTION);
      property.add(Rsvp.FALSE);
      event.add(property);
    }
    return text(calendar(method, List.of(event)));
  }

  /** A feed of the bookings, cancelled ones with {@code STATUS:CANCELLED}. */
  public static String feed(List<BookingFacts> bookings) {
    return text(
        calendar(ImmutableMethod.PUBLISH, bookings.stream().map(Invitations::event).toList()));
  }

  private static VEvent event(BookingFacts booking) {
    VEvent event = new VEvent(booking.startsAt(), booking.endsAt(), booking.title());
    event.add(new Uid(booking.icalUid()));
    event.add(new Sequence(booking.sequence()));
    event.add(
        booking.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    if (booking.location() != null && !booking.location().isEmpty()) {
      event.add(new Location(booking.location()));
    }
    if (booking.note() != null && !booking.note().isBlank()) {
      event.add(new Description(booking.note()));
    }
    if (event.getProperty(Property.DTSTAMP).isEmpty()) {
      event.add(new net.fortuna.ical4j.model.property.DtStamp(Instant.now()));
    }
    return event;
  }

  private static Calendar calendar(Method method, List<VEvent> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    events.forEach(calendar::add);
    return calendar;
  }

  private static String text(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }
}
