package io.pyra.interaction.notification;

import io.pyra.identity.UserContact;
import io.pyra.platform.web.LocaleConfig;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A task reminder by email, in the user's language, with the due time in their org unit's time
 * zone. Sent over SMTP when a mail server is configured ({@code spring.mail.host}); otherwise not.
 */
@Component
class ReminderMail {

  private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ObjectProvider<JavaMailSender> sender;
  private final MessageSource messages;
  private final String from;

  ReminderMail(
      ObjectProvider<JavaMailSender> sender,
      MessageSource messages,
      @Value("${pyra.mail.from:pyra@localhost}") String from) {
    this.sender = sender;
    this.messages = messages;
    this.from = from;
  }

  /** Whether a mail server is configured; without one no reminder is emailed, nor tried again. */
  boolean serverConfigured() {
    return sender.getIfAvailable() != null;
  }

  /** Whether the mail was handed to the mail server. */
  boolean send(UserContact to, String title, Instant dueAt, String customerName) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      log.debug("No mail server configured: task reminder for {} not emailed", to.id());
      return false;
    }
    Locale locale = LocaleConfig.forTag(to.locale());
    StringBuilder body =
        new StringBuilder()
            .append(text("notification.mail.greeting", locale, to.displayName()))
            .append("\n\n")
            .append(
                text(
                    "notification.mail.due",
                    locale,
                    title,
                    TIME.format(dueAt.atZone(to.timeZone())),
                    to.timeZone().getId()))
            .append('\n');
    if (customerName != null) {
      body.append(text("notification.mail.customer", locale, customerName)).append('\n');
    }
    body.append('\n').append(text("notification.mail.signature", locale)).append('\n');
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.email());
    message.setSubject(text("notification.mail.subject", locale, title));
    message.setText(body.toString());
    try {
      mail.send(message);
      return true;
    } catch (MailException e) {
      log.warn("Task reminder to {} not sent: {}", to.email(), e.getMessage());
      return false;
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
