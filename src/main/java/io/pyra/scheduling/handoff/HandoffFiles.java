package io.pyra.scheduling.handoff;

import io.pyra.scheduling.calendar.Invitations;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of a run: an iCalendar feed (one VEVENT per booking with its UID and SEQUENCE,
 * cancelled ones with STATUS:CANCELLED, written by scheduling's {@link Invitations}) and a CSV with
 * a header, times in ISO-8601 with the offset of the booking's centre; named {@code bookings-<run
 * time UTC>-<run id>.ics/.csv}.
 */
final class HandoffFiles {

  static final List<String> HEADER =
      List.of(
          "booking_id",
          "uid",
          "sequence",
          "status",
          "title",
          "purpose",
          "starts_at",
          "ends_at",
          "centre",
          "resources");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  /** A file's name, its media type and its text. */
  record File(String name, String mediaType, String text) {}

  private HandoffFiles() {}

  /** The files the target takes, in its formats. */
  static List<File> of(
      HandoffTarget target, List<HandedOffBooking> bookings, UUID runId, Instant at) {
    String id = runId.toString();
    String base = "bookings-" + STAMP.format(at) + "-" + id.substring(id.length() - 8);
    Map<String, File> files = new LinkedHashMap<>();
    if (target.ics()) {
      files.put(
          "ics",
          new File(
              base + ".ics",
              "text/calendar",
              Invitations.feed(bookings.stream().map(HandedOffBooking::facts).toList())));
    }
    if (target.csv()) {
      files.put("csv", new File(base + ".csv", "text/csv", csv(bookings)));
    }
    return List.copyOf(files.values());
  }

  static String csv(List<HandedOffBooking> bookings) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
      for (HandedOffBooking booking : bookings) {
        printer.printRecord(
            booking.facts().id(),
            booking.facts().icalUid(),
            booking.facts().sequence(),
            booking.status(),
            booking.facts().title(),
            booking.purpose(),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                booking.facts().startsAt().atZone(booking.zone())),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                booking.facts().endsAt().atZone(booking.zone())),
            booking.centre(),
            String.join("; ", booking.resources()));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }
}
