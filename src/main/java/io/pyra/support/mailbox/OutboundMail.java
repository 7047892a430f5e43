package io.pyra.support.mailbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A mail to a customer: one recipient, the subject as given (the caller puts its case tag in, e.g.
 * {@code [#CS-000123] We have your request}), a plain-text body and optionally an HTML one; when it
 * answers a mail, the message ids it replies to (with their angle brackets); and the caller's
 * record it is sent for (stored on the log, may be null).
 *
 * <pre>{@code
 * String messageId = supportMail.send(
 *     OutboundMail.of(customerAddress, "[#CS-000123] ...", text, new MailReference(caseId))
 *         .withHtml(html)
 *         .replyingTo(inbound.messageId(), inbound.references()));
 * }</pre>
 */
public record OutboundMail(
    String to,
    String subject,
    String text,
    String html,
    String inReplyTo,
    List<String> references,
    MailReference reference) {

  /** The longest subject kept (as the inbound one). */
  public static final int MAX_SUBJECT = 500;

  public OutboundMail {
    if (to == null || to.isBlank()) {
      throw new IllegalArgumentException("an outbound mail needs a recipient");
    }
    if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
      throw new IllegalArgumentException("an outbound mail needs a subject of at most 500");
    }
    if (text == null) {
      throw new IllegalArgumentException("an outbound mail needs a plain-text body");
    }
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** A new plain-text mail, answering nothing. */
  public static OutboundMail of(String to, String subject, String text, MailReference reference) {
    return new OutboundMail(to, subject, text, null, null, List.of(), reference);
  }

  /** The same mail with an HTML body beside the text. */
  public OutboundMail withHtml(String html) {
    return new OutboundMail(to, subject, text, html, inReplyTo, references, reference);
  }

  /**
   * The same mail as a reply to the mail {@code messageId} whose own References were {@code
   * earlier}: In-Reply-To is that id, References are the earlier ones and that id.
   */
  public OutboundMail replyingTo(String messageId, List<String> earlier) {
    List<String> chain = new ArrayList<>(earlier == null ? List.of() : earlier);
    if (messageId != null && !chain.contains(messageId)) {
      chain.add(messageId);
    }
    return new OutboundMail(to, subject, text, html, messageId, chain, reference);
  }
}
