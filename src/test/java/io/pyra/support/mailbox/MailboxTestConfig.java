package io.pyra.support.mailbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * What the case code will plug in, as a test stands it in: a router that takes a reply to a mail
 * Pyra sent (by its In-Reply-To/References) onto the record that mail was sent for; and a listener
 * that keeps the mailbox's events.
 */
@TestConfiguration(proxyBeanMethods = false)
class MailboxTestConfig {

  static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

  @Bean
  InboundMailRouter replyRouter(SupportMail sent) {
    return mail ->
        mail.repliedMessageIds().stream()
            .flatMap(id -> sent.byMessageId(id).stream())
            .filter(s -> s.reference() != null)
            .findFirst()
            .map(s -> RoutingResult.routedTo(s.reference()))
            .orElse(RoutingResult.pass());
  }

  @Bean
  EventLog mailboxEventLog() {
    return new EventLog();
  }

  static class EventLog {
    @EventListener
    public void assigned(InboundMailAssigned event) {
      EVENTS.add(event);
    }

    @EventListener
    public void arrived(InboundMailArrived event) {
      EVENTS.add(event);
    }
  }
}
