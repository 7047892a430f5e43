package io.pyra.support.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a support mail to the SMTP server ({@code spring.mail.*}) under a Message-ID of Pyra's own,
 * From the support address and with Reply-To the monitored mailbox, so that the customer's answer
 * comes back to the mailbox with that id in its In-Reply-To.
 */
@Component
class MailDelivery {

  static final String NO_MAIL_SERVER = "no-mail-server";

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  private final ObjectProvider<JavaMailSender> senders;
  private final MailboxProperties properties;
  private final String defaultFrom;

  MailDelivery(
      ObjectProvider<JavaMailSender> senders,
      MailboxProperties properties,
      @Value("${pyra.mail.from:pyra@localhost}") String defaultFrom) {
    this.senders = senders;
    this.properties = properties;
    this.defaultFrom = defaultFrom;
  }

  /** A new Message-ID, {@code <uuid@domain>}, in the domain of Pyra's support address. */
  String newMessageId() {
    return "<" + UUID.randomUUID() + "@" + domain() + ">";
  }

  /** Sends the mail; answers why not when the server did not take it. */
  Optional<String> deliver(String messageId, OutboundMail mail) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return Optional.of(NO_MAIL_SERVER);
    }
    try {
      Session session =
          sender instanceof JavaMailSenderImpl impl
              ? impl.getSession()
              : Session.getInstance(new Properties());
      MimeMessage message = new IdentifiedMessage(session, messageId);
      MimeMessageHelper helper =
          new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
      helper.setFrom(from());
      if (properties.address() != null && !properties.address().isBlank()) {
        helper.setReplyTo(properties.address());
      }
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      if (mail.html() != null) {
        helper.setText(mail.text(), mail.html());
      } else {
        helper.setText(mail.text());
      }
      if (mail.inReplyTo() != null) {
        message.setHeader("In-Reply-To", mail.inReplyTo());
      }
      if (!mail.references().isEmpty()) {
        message.setHeader("References", MimeUtility.fold(12, String.join(" ", mail.references())));
      }
      sender.send(message);
      return Optional.empty();
    } catch (MessagingException | RuntimeException e) {
      log.warn("Support mail {} to {} not sent: {}", messageId, mail.to(), e.getMessage());
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Optional.of(MailHeaders.cut(reason, 500));
    }
  }

  private String from() {
    if (properties.from() != null && !properties.from().isBlank()) {
      return properties.from();
    }
    if (properties.address() != null && !properties.address().isBlank()) {
      return properties.address();
    }
    return defaultFrom;
  }

  private String domain() {
    String configured = properties.messageIdDomain();
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    String address = from();
    int at = address.lastIndexOf('@');
    String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    return domain.isEmpty() ? "pyra.local" : domain;
  }

  /** A message that keeps the Message-ID it was given when it is saved for sending. */
  private static final class IdentifiedMessage extends MimeMessage {
    private final String messageId;

    IdentifiedMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
