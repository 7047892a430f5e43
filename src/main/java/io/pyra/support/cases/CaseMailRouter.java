package io.pyra.support.cases;

import io.pyra.support.mailbox.InboundMail;
import io.pyra.support.mailbox.InboundMailRouter;
import io.pyra.support.mailbox.MailReference;
import io.pyra.support.mailbox.RoutingResult;
import io.pyra.support.mailbox.SentMail;
import io.pyra.support.mailbox.SupportMail;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A mail about a case goes on that case: one whose subject carries the case's tag ({@code
 * [#CS-000123]}) or that replies to a mail Pyra sent on the case. It is on the case's history, and
 * a case waiting on the customer is in progress again (its clocks resume).
 */
@Component
@Order(10)
class CaseMailRouter implements InboundMailRouter {

  private final CaseService cases;
  private final SupportMail mail;

  CaseMailRouter(CaseService cases, SupportMail mail) {
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public RoutingResult route(InboundMail inbound) {
    Optional<UUID> found = inbound.caseReference().flatMap(cases::byCode).map(SupportCase::id);
    if (found.isEmpty()) {
      for (String id : inbound.repliedMessageIds()) {
        Optional<UUID> sentOn =
            mail.byMessageId(id)
                .map(SentMail::reference)
                .map(MailReference::value)
                .filter(ref -> cases.exists(ref));
        if (sentOn.isPresent()) {
          found = sentOn;
          break;
        }
      }
    }
    if (found.isEmpty()) {
      return RoutingResult.pass();
    }
    cases.customerWrote(found.get(), inbound.fromAddress(), inbound.subject());
    return RoutingResult.routedTo(new MailReference(found.get()));
  }
}
