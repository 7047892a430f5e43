package io.pyra.support.cases;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserContact;
import io.pyra.identity.UserId;
import io.pyra.interaction.ContactRecordId;
import io.pyra.interaction.InteractionApi;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.web.LocaleConfig;
import io.pyra.support.mailbox.InboundMail;
import io.pyra.support.mailbox.InboundMailArrived;
import io.pyra.support.mailbox.InboundMailAssigned;
import io.pyra.support.mailbox.InboundMailId;
import io.pyra.support.mailbox.InboundMails;
import io.pyra.support.mailbox.MailReference;
import io.pyra.support.mailbox.MailRules;
import io.pyra.support.mailbox.OutboundMail;
import io.pyra.support.mailbox.SupportMail;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The case's mail both ways: a new mail from a known customer (or one a user handed over from the
 * triage list) opens a case and is answered with an acknowledgement carrying the case's tag, in the
 * customer's language; a resolved case's resolution is mailed to the customer; a supervisor hears
 * by mail of the cases escalated to them. Every mail goes out through the support mailbox (logged,
 * tried again on failure) and on the case's history.
 */
@Component
class CaseMails implements EscalationMail {

  private final CaseService cases;
  private final InboundMails inbound;
  private final SupportMail mail;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final MessageSource messages;
  private final MailRules rules;
  private final InteractionApi interaction;

  CaseMails(
      CaseService cases,
      InboundMails inbound,
      SupportMail mail,
      CustomerApi customers,
      IdentityApi identity,
      MessageSource messages,
      MailRules rules,
      InteractionApi interaction) {
    this.rules = rules;
    this.interaction = interaction;
    this.cases = cases;
    this.inbound = inbound;
    this.mail = mail;
    this.customers = customers;
    this.identity = identity;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(InboundMailArrived arrived) {
    Optional<InboundMail> found = inbound.find(arrived.mailId());
    if (found.isPresent()
        && found.get().reference() == null
        && rules.decide(found.get().fromAddress(), found.get().subject())
            == MailRules.Action.CONTACT_RECORD
        && logged(found.get(), arrived.customerId())) {
      return;
    }
    open(arrived.mailId(), arrived.customerId());
  }

  /**
   * The mail as a contact record of the customer's owner, by rule; false (a case instead) when the
   * customer has no owner or the record would break a rule.
   */
  private boolean logged(InboundMail m, CustomerId customerId) {
    Optional<UserId> owner = customers.find(customerId).map(c -> c.ownerId());
    if (owner.isEmpty() || owner.get() == null) {
      return false;
    }
    try {
      ContactRecordId record =
          interaction.logInboundMail(
              customerId, owner.get(), m.subject(), m.text(), m.receivedAt());
      inbound.markRouted(m.id(), new MailReference(record.value()));
      return true;
    } catch (BusinessRuleException e) {
      return false;
    }
  }

  @ApplicationModuleListener
  void on(InboundMailAssigned assigned) {
    open(assigned.mailId(), assigned.customerId());
  }

  private void open(InboundMailId mailId, CustomerId customerId) {
    Optional<InboundMail> found = inbound.find(mailId);
    if (found.isEmpty() || found.get().reference() != null) {
      return;
    }
    InboundMail m = found.get();
    SupportCase c = cases.openFromMail(customerId, m.subject(), m.text());
    if (!inbound.markRouted(mailId, new MailReference(c.id()))) {
      return;
    }
    cases.customerWrote(c.id(), m.fromAddress(), m.subject());
    Locale locale = customers.language(customerId);
    String subject = tag(c) + text("case.mail.ack.subject", locale, c.subject());
    String body =
        text("case.mail.greeting", locale)
            + "\n\n"
            + text("case.mail.ack.body", locale, c.code())
            + "\n\n"
            + text("case.mail.signature", locale)
            + "\n";
    mail.send(
        OutboundMail.of(m.fromAddress(), subject, body, new MailReference(c.id()))
            .replyingTo(m.messageId(), m.references()));
    cases.mailed(c.id(), m.fromAddress(), subject);
  }

  @ApplicationModuleListener
  void on(CaseResolved resolved) {
    SupportCase c = cases.byId(resolved.caseId());
    Optional<String> to = customers.primaryEmail(resolved.customerId());
    if (to.isEmpty() || c.resolution() == null) {
      return;
    }
    Locale locale = customers.language(resolved.customerId());
    String subject = tag(c) + text("case.mail.resolved.subject", locale, c.subject());
    String body =
        text("case.mail.greeting", locale)
            + "\n\n"
            + text("case.mail.resolved.body", locale, c.code(), c.resolution())
            + "\n\n"
            + text("case.mail.signature", locale)
            + "\n";
    OutboundMail out = OutboundMail.of(to.get(), subject, body, new MailReference(c.id()));
    List<String> earlier =
        mail.sentFor(new MailReference(c.id())).stream().map(s -> s.messageId()).toList();
    if (!earlier.isEmpty()) {
      out = out.replyingTo(earlier.get(earlier.size() - 1), earlier);
    }
    mail.send(out);
    cases.mailed(c.id(), to.get(), subject);
  }

  @Override
  public void escalated(UserId to, List<Escalation> escalations) {
    Optional<UserContact> contact = identity.contact(to);
    if (contact.isEmpty() || contact.get().email() == null || escalations.isEmpty()) {
      return;
    }
    Locale locale = LocaleConfig.forTag(contact.get().locale());
    StringBuilder body =
        new StringBuilder(text("case.mail.escalated.greeting", locale, contact.get().displayName()))
            .append("\n\n");
    int listed = 0;
    for (Escalation e : escalations) {
      if (listed++ == MAX_LISTED) {
        body.append(text("case.mail.escalated.more", locale, escalations.size() - MAX_LISTED))
            .append('\n');
        break;
      }
      body.append(text("case.mail.escalated.line", locale, e.code(), e.subject(), e.level()))
          .append('\n');
    }
    body.append('\n').append(text("case.mail.signature", locale)).append('\n');
    mail.send(
        OutboundMail.of(
            contact.get().email(),
            text("case.mail.escalated.subject", locale, escalations.size()),
            body.toString(),
            null));
  }

  private static final int MAX_LISTED = 200;

  private static String tag(SupportCase c) {
    return "[#" + c.code() + "] ";
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
