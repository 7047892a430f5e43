package io.pyra.support.complaint;

import io.pyra.support.cases.SupportCase;
import io.pyra.support.mailbox.MailReference;
import io.pyra.support.mailbox.OutboundMail;
import io.pyra.support.mailbox.SupportMail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The complaint's acknowledgement, sent as the support mailbox sends every mail to a customer: on
 * the outbound log with the case as its reference (so that a reply to it goes on the case), and
 * tried again when the mail server did not take it.
 */
@Component
class LoggedComplaintMail implements ComplaintMail {

  private final SupportMail mail;
  private final MessageSource messages;

  LoggedComplaintMail(SupportMail mail, MessageSource messages) {
    this.mail = mail;
    this.messages = messages;
  }

  @Override
  public void acknowledge(SupportCase c, String to, Locale locale) {
    String subject = text("complaint.mail.subject", locale, c.code(), c.subject());
    String body =
        text("complaint.mail.greeting", locale)
            + "\n\n"
            + text("complaint.mail.body", locale, c.subject(), c.code())
            + "\n\n"
            + text("complaint.mail.signature", locale)
            + "\n";
    mail.send(
        OutboundMail.of(
            to,
            subject.length() > OutboundMail.MAX_SUBJECT
                ? subject.substring(0, OutboundMail.MAX_SUBJECT)
                : subject,
            body,
            new MailReference(c.id())));
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
