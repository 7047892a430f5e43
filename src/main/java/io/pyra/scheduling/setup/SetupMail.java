package io.pyra.scheduling.setup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Mails a plain-text warning when a mail server is configured. */
@Component
class SetupMail {

  private static final Logger log = LoggerFactory.getLogger(SetupMail.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  SetupMail(
      ObjectProvider<JavaMailSender> mail, @Value("${pyra.mail.from:pyra@localhost}") String from) {
    this.mail = mail;
    this.from = from;
  }

  boolean available() {
    return mail.getIfAvailable() != null;
  }

  /** Whether the mail went out. */
  boolean send(String to, String subject, String body) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return false;
    }
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(to);
      message.setSubject(subject);
      message.setText(body);
      sender.send(message);
      return true;
    } catch (MailException e) {
      log.warn("Set-up warning to {} not mailed: {}", to, e.getMessage());
      return false;
    }
  }
}
