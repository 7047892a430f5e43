package io.pyra.support.mailbox;

import io.pyra.customer.CustomerId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail read from the support mailbox, as stored: its headers (message ids with their angle
 * brackets, as on the wire), the sender, the subject (at most 500 characters), the text (plain
 * text, or the HTML part turned into text; capped), when the server received it, its attachments
 * and where it stands.
 *
 * @param customerId the sender's customer, once known (by address or from triage); else null
 * @param reference the record a router put it on (ROUTED); else null
 */
public record InboundMail(
    InboundMailId id,
    String messageId,
    String inReplyTo,
    List<String> references,
    String fromAddress,
    String fromName,
    String to,
    String subject,
    String text,
    Instant receivedAt,
    long size,
    InboundMailStatus status,
    String reason,
    CustomerId customerId,
    MailReference reference,
    List<InboundAttachment> attachments) {

  /** A case's tag in a subject, {@code [#CS-000123]}: letters, a hyphen, digits. */
  private static final Pattern CASE_TAG = Pattern.compile("\\[#([A-Za-z]{1,10}-[0-9]{1,12})\\]");

  public InboundMail {
    references = references == null ? List.of() : List.copyOf(references);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /**
   * The case reference the subject carries as {@code [#CS-000123]} (the first, upper-cased: {@code
   * CS-000123}); empty when it has none.
   */
  public Optional<String> caseReference() {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher tag = CASE_TAG.matcher(subject);
    return tag.find() ? Optional.of(tag.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * The message ids this mail answers: its In-Reply-To first, then its References from the newest
   * back, each once; compare them with {@link SupportMail#send}'s answers to find the mail (and so
   * the case) it replies to.
   */
  public List<String> repliedMessageIds() {
    Set<String> ids = new LinkedHashSet<>();
    if (inReplyTo != null && !inReplyTo.isBlank()) {
      ids.add(inReplyTo);
    }
    for (int i = references.size() - 1; i >= 0; i--) {
      ids.add(references.get(i));
    }
    return List.copyOf(ids);
  }
}
