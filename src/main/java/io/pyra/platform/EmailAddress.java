package io.pyra.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An email address, trimmed and lower-cased so that one mailbox has one spelling. */
public record EmailAddress(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("^[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)+$");

  /** The normalized address, or empty when the text is not an email address. */
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254 || value.indexOf('@') > 64 || !SHAPE.matcher(value).matches() || value.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(value));
  }

  @Override
  public String toString() {
    return value;
  }
}
