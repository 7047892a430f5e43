package io.pyra.support.complaint;

import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.SupportCase;
import io.pyra.support.mailbox.MailReference;
import io.pyra.support.mailbox.OutboundMail;
import io.pyra.support.mailbox.SentMail;
import io.pyra.support.mailbox.SupportMail;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The complaint's acknowledgement, sent as the support mailbox sends every mail to a customer: on
 * the outbound log with the case as its reference, tried again when the mail server did not take
 * it, Reply-To the monitored mailbox, threaded with the case's earlier mails and on the case's
 * history as a mail sent. Its subject carries the case's tag ({@code [#CS-000123] …}) as the case's
 * other mails do, so that the customer's answer comes back onto the case by the tag as well as by
 * its In-Reply-To, rather than opening a new case.
 */
@Component
class LoggedComplaintMail implements ComplaintMail {

  private final SupportMail mail;
  private final CaseService cases;
  private final MessageSource messages;

  LoggedComplaintMail(SupportMail mail, CaseService cases, MessageSource messages) {
    this.mail = mail;
    this.cases = cases;
    this.messages = messages;
  }

  @Override
  public void acknowledge(SupportCase c, String to, Locale locale) {
    String subject =
        "[#" + c.code() + "] " + text("complaint.mail.subject", locale, c.code(), c.subject());
    String body =
        text("complaint.mail.greeting", locale)
            + "\n\n"
            + text("complaint.mail.body", locale, c.subject(), c.code())
            + "\n\n"
            + text("complaint.mail.signature", locale)
            + "\n";
    MailReference reference = new MailReference(c.id());
    OutboundMail out =
        OutboundMail.of(
            to,
            subject.length() > OutboundMail.MAX_SUBJECT
                ? subject.substring(0, OutboundMail.MAX_SUBJECT)
                : subject,
            body,
            reference);
    List<String> earlier = mail.sentFor(reference).stream().map(SentMail::messageId).toList();
    if (!earlier.isEmpty()) {
      out = out.replyingTo(earlier.getLast(), earlier);
    }
    mail.send(out);
    cases.mailed(c.id(), to, out.subject());
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
