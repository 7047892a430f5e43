package io.pyra.support.complaint;

import io.pyra.support.cases.SupportCase;
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
 * The acknowledgement by plain SMTP when a mail server is configured ({@code spring.mail.host});
 * without one nothing is sent. A failed send is logged, never undoes the step: the agent has
 * acknowledged the complaint, the mail is the record of it. The support mailbox replaces it with a
 * {@code @Primary} implementation of {@link ComplaintMail}.
 */
@Component
class SmtpComplaintMail implements ComplaintMail {

  private static final Logger log = LoggerFactory.getLogger(SmtpComplaintMail.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final MessageSource messages;
  private final String from;

  SmtpComplaintMail(
      ObjectProvider<JavaMailSender> sender,
      MessageSource messages,
      @Value("${pyra.mail.from:pyra@localhost}") String from) {
    this.sender = sender;
    this.messages = messages;
    this.from = from;
  }

  @Override
  public void acknowledge(SupportCase c, String to, Locale locale) {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      log.debug("No mail server configured: acknowledgement of {} not sent", c.code());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(text("complaint.mail.subject", locale, c.code(), c.subject()));
    message.setText(
        text("complaint.mail.greeting", locale)
            + "\n\n"
            + text("complaint.mail.body", locale, c.subject(), c.code())
            + "\n\n"
            + text("complaint.mail.signature", locale)
            + "\n");
    try {
      mail.send(message);
    } catch (MailException e) {
      log.warn("Acknowledgement of {} to {} not sent: {}", c.code(), to, e.getMessage());
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
