package io.pyra.platform.sms;

import java.util.Objects;

/**
 * One text message: to a phone number in E.164 ({@code +8613812345678}), at most {@value #TEXT_MAX}
 * characters, with a reference of the sender's own (an appointment's id) for the log.
 */
public record SmsMessage(String to, String text, String reference) {

  public static final int TEXT_MAX = 500;

  public SmsMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    if (!to.matches("\\+[1-9][0-9]{6,14}")) {
      throw new IllegalArgumentException("not an E.164 phone number");
    }
    if (text.isBlank() || text.length() > TEXT_MAX) {
      throw new IllegalArgumentException("text empty or longer than " + TEXT_MAX);
    }
  }
}
