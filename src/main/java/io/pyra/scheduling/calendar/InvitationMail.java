package io.pyra.scheduling.calendar;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Mails an invitation: a text body with the .ics attached ({@code text/calendar; method=…}). */
@Component
class InvitationMail {

  private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  InvitationMail(
      ObjectProvider<JavaMailSender> mail, @Value("${pyra.mail.from:pyra@localhost}") String from) {
    this.mail = mail;
    this.from = from;
  }

  /** Whether a mail server is configured. */
  boolean available() {
    return mail.getIfAvailable() != null;
  }

  /** Whether the mail went out. */
  boolean send(String to, String subject, String body, String ics, String method) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return false;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(body);
      helper.addAttachment(
          "invite.ics",
          new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
          "text/calendar; method=" + method + "; charset=UTF-8");
      sender.send(message);
      return true;
    } catch (MailException | MessagingException e) {
      log.warn("Invitation to {} not mailed: {}", to, e.getMessage());
      return false;
    }
  }
}
