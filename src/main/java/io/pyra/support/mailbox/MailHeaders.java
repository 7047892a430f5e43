package io.pyra.support.mailbox;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The headers of a mail that are stored even when its body is never parsed (a quarantined mail):
 * each read on its own, so that one broken header loses only itself. Message ids keep their angle
 * brackets, as they are written in In-Reply-To and References.
 */
record MailHeaders(
    String messageId,
    String inReplyTo,
    List<String> references,
    String fromAddress,
    String fromName,
    String to,
    String subject,
    Instant receivedAt) {

  static final int MAX_ID = 500;
  static final int MAX_REFERENCES = 4000;
  static final int MAX_SUBJECT = 500;
  static final int MAX_ADDRESS = 254;
  static final int MAX_NAME = 200;
  static final int MAX_TO = 2000;

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,498}>");

  /**
   * The headers of {@code message}; {@code fallbackId} stands for a Message-ID the mail lacks (it
   * must name the same mail on every poll).
   */
  static MailHeaders of(Message message, String fallbackId) {
    String messageId = first(ids(header(message, "Message-ID")));
    List<String> inReplyTo = ids(header(message, "In-Reply-To"));
    InternetAddress from = from(message);
    return new MailHeaders(
        messageId == null ? fallbackId : messageId,
        first(inReplyTo),
        references(header(message, "References")),
        from == null ? null : cut(from.getAddress().toLowerCase(Locale.ROOT), MAX_ADDRESS),
        from == null ? null : cut(from.getPersonal(), MAX_NAME),
        cut(to(message), MAX_TO),
        cut(subject(message), MAX_SUBJECT),
        received(message));
  }

  /** The message ids in a header's text, in order; none for null. */
  static List<String> ids(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher id = MESSAGE_ID.matcher(header);
    while (id.find()) {
      ids.add(id.group());
    }
    return ids;
  }

  /** The References' ids, the oldest dropped until they fit the column. */
  private static List<String> references(String header) {
    List<String> ids = ids(header);
    while (!ids.isEmpty() && joined(ids).length() > MAX_REFERENCES) {
      ids.remove(0);
    }
    return ids;
  }

  /** Message ids as stored: separated by spaces. */
  static String joined(List<String> ids) {
    return String.join(" ", ids);
  }

  static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    String stripped = text.replace("\u0000", "").strip(); // PostgreSQL keeps no NUL in text
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  private static String first(List<String> ids) {
    return ids.isEmpty() ? null : ids.get(0);
  }

  private static String header(Message message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null || values.length == 0 ? null : values[0];
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static InternetAddress from(Message message) {
    try {
      Address[] from = message.getFrom();
      if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
        return address.getAddress() == null ? null : address;
      }
    } catch (MessagingException | RuntimeException e) {
      // a From that does not parse: the mail is kept without a sender (triage)
    }
    return null;
  }

  private static String to(Message message) {
    try {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      return to == null
          ? null
          : Arrays.stream(to)
              .map(a -> a instanceof InternetAddress i ? i.getAddress() : a.toString())
              .collect(Collectors.joining(", "));
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String subject(Message message) {
    try {
      return message.getSubject();
    } catch (MessagingException | RuntimeException e) {
      String raw = header(message, "Subject");
      try {
        return raw == null ? null : MimeUtility.decodeText(raw);
      } catch (UnsupportedEncodingException | RuntimeException undecodable) {
        return raw;
      }
    }
  }

  private static Instant received(Message message) {
    try {
      Date received = message.getReceivedDate();
      if (received == null) {
        received = message.getSentDate();
      }
      return received == null ? Instant.now() : received.toInstant();
    } catch (MessagingException | RuntimeException e) {
      return Instant.now();
    }
  }
}
