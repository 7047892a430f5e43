package io.pyra.interaction.analysis;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * How counted items are named for people: channels from the messages, countries in the reader's
 * language.
 */
public final class ContactLabels {

  private ContactLabels() {}

  public static String channel(String code, Locale locale, MessageSource messages) {
    return messages.getMessage("timeline.channel." + code, null, code, locale);
  }

  /** "China · Shanghai office"; an unknown country or office as "not given". */
  public static String location(
      ContactReport.LocationCount location, Locale locale, MessageSource messages) {
    String none = messages.getMessage("analysis.location.none", null, "-", locale);
    String country =
        location.country() == null || location.country().isBlank()
            ? none
            : Locale.of("", location.country()).getDisplayCountry(locale);
    String office =
        location.office() == null || location.office().isBlank() ? none : location.office();
    return country + " · " + office;
  }
}
