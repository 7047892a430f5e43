package io.pyra.support.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A target in words in the reader's language: "2 working hours", "27 working hours (3 days of 9
 * hours)", "1 working hour 30 minutes". Days are named only as a hint on the shipped 9-hour day;
 * the clocks themselves count the hours of each org unit's calendar.
 */
@Component("slaWords")
public class WorkingTimeWords {

  /** The working day the shipped calendar has (09:00–18:00). */
  static final int HOURS_A_DAY = 9;

  private final MessageSource messages;

  WorkingTimeWords(MessageSource messages) {
    this.messages = messages;
  }

  public String words(Duration duration, Locale locale) {
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    String text;
    if (hours == 0) {
      text = messages.getMessage("sla.words.minutes", new Object[] {minutes}, locale);
    } else if (minutes == 0) {
      text = messages.getMessage("sla.words.hours", new Object[] {hours}, locale);
    } else {
      text = messages.getMessage("sla.words.hoursMinutes", new Object[] {hours, minutes}, locale);
    }
    if (minutes == 0 && hours >= HOURS_A_DAY && hours % HOURS_A_DAY == 0) {
      text +=
          messages.getMessage(
              "sla.words.days", new Object[] {hours / HOURS_A_DAY, HOURS_A_DAY}, locale);
    }
    return text;
  }
}
