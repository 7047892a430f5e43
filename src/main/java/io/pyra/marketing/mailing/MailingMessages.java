package io.pyra.marketing.mailing;

import io.pyra.platform.sms.SmsGateway;
import io.pyra.platform.sms.SmsMessage;
import io.pyra.platform.sms.SmsReceipt;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes and hands over one mailing message: the body with {@code {name}} filled in and a footer
 * with the recipient's unsubscribe link (in the mailing's language); an e-mail also carries {@code
 * List-Unsubscribe} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058) and a
 * Message-ID of Pyra's own, by which a bounce is reported later.
 */
@Component
class MailingMessages {

  /** What became of one message: the id it went out under, or why it did not go. */
  record Outcome(String messageId, String failure) {}

  private static final Logger log = LoggerFactory.getLogger(MailingMessages.class);
  private static final int SMS_NAME_MAX = 40;

  private final ObjectProvider<JavaMailSender> senders;
  private final SmsGateway sms;
  private final UnsubscribeTokens tokens;
  private final MessageSource messages;
  private final String from;
  private final String publicUrl;

  MailingMessages(
      ObjectProvider<JavaMailSender> senders,
      SmsGateway sms,
      UnsubscribeTokens tokens,
      MessageSource messages,
      @Value("${pyra.mail.from:pyra@localhost}") String from,
      @Value("${pyra.marketing.public-url:http://localhost:8080}") String publicUrl) {
    this.senders = senders;
    this.sms = sms;
    this.tokens = tokens;
    this.messages = messages;
    this.from = from;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** The unsubscribe link of a recipient of a mailing. */
  String unsubscribeLink(
      PersonKind kind, UUID personId, MailingChannel channel, UUID mailingId, String language) {
    String token = tokens.sign(new UnsubscribeTokens.Subject(kind, personId, channel, mailingId));
    return publicUrl + "/unsubscribe/" + token + "?lang=" + language;
  }

  Outcome send(MailingSender.Claim claim) {
    Locale locale = Locale.forLanguageTag(claim.mailingLanguage());
    String link =
        unsubscribeLink(
            claim.kind(), claim.personId(), claim.channel(), claim.mailingId(), claim.language());
    return claim.channel() == MailingChannel.EMAIL
        ? mail(claim, locale, link)
        : text(claim, locale, link);
  }

  private Outcome mail(MailingSender.Claim claim, Locale locale, String link) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return new Outcome(null, "no-mail-server");
    }
    String messageId = "<" + UUID.randomUUID() + "@" + domain() + ">";
    try {
      Session session =
          sender instanceof JavaMailSenderImpl impl
              ? impl.getSession()
              : Session.getInstance(new Properties());
      MimeMessage message = new IdentifiedMessage(session, messageId);
      MimeMessageHelper helper =
          new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(claim.address());
      helper.setSubject(claim.subject());
      String footer = messages.getMessage("mailing.footer.email", new Object[] {link}, locale);
      helper.setText(fill(claim.body(), claim.name()) + "\n\n-- \n" + footer);
      message.setHeader("List-Unsubscribe", "<" + link + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      sender.send(message);
      return new Outcome(messageId, null);
    } catch (MessagingException | RuntimeException e) {
      log.warn(
          "Mailing {} not sent to recipient {}: {}", claim.mailingId(), claim.id(), e.getMessage());
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Outcome(messageId, MailingStart.cut(reason, 500));
    }
  }

  private Outcome text(MailingSender.Claim claim, Locale locale, String link) {
    String name = MailingStart.cut(claim.name(), SMS_NAME_MAX);
    String footer = messages.getMessage("mailing.footer.sms", new Object[] {link}, locale);
    String text =
        MailingStart.cut(fill(claim.body(), name), SmsMessage.TEXT_MAX - footer.length() - 1);
    try {
      SmsReceipt receipt =
          sms.send(new SmsMessage(claim.address(), text + " " + footer, claim.id().toString()));
      return receipt.accepted()
          ? new Outcome(receipt.gatewayId(), null)
          : new Outcome(null, MailingStart.cut(receipt.failure(), 500));
    } catch (RuntimeException e) {
      return new Outcome(null, MailingStart.cut(String.valueOf(e.getMessage()), 500));
    }
  }

  static String fill(String body, String name) {
    return body.replace("{name}", name == null ? "" : name);
  }

  private String domain() {
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
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
