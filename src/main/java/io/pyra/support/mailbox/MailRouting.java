package io.pyra.support.mailbox;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routes each stored mail once: the {@link InboundMailRouter}s in their order, then the sender's
 * customer (exact address; a mail from an address several customers share counts as unknown), then
 * triage. Each mail has a transaction of its own in which it is locked, so two polls at once route
 * it once; an attempt is counted first, in a transaction of its own, so that a router that keeps
 * failing puts the mail in triage ({@code routing-failed}) after {@value #ATTEMPTS} attempts.
 */
@Component
class MailRouting {

  static final int ATTEMPTS = 3;
  static final String ROUTING_FAILED = "routing-failed";
  static final String UNKNOWN_SENDER = "unknown-sender";

  private static final Logger log = LoggerFactory.getLogger(MailRouting.class);

  private final InboundMailStore store;
  private final ObjectProvider<InboundMailRouter> routers;
  private final CustomerApi customers;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  MailRouting(
      InboundMailStore store,
      ObjectProvider<InboundMailRouter> routers,
      CustomerApi customers,
      ApplicationEventPublisher events,
      TransactionTemplate transactions) {
    this.store = store;
    this.routers = routers;
    this.customers = customers;
    this.events = events;
    this.transactions = transactions;
  }

  /**
   * Routes the stored mails still waiting (at most {@code limit}); answers how many a router took.
   */
  int routePending(int limit) {
    int routed = 0;
    for (UUID id : store.pendingRouting(limit)) {
      Integer attempt = transactions.execute(s -> store.countAttempt(id));
      if (attempt == null || attempt < 0) {
        continue; // routed meanwhile
      }
      try {
        if (Boolean.TRUE.equals(transactions.execute(s -> route(id)))) {
          routed++;
        }
      } catch (RuntimeException e) {
        log.warn("Support mail {} not routed (attempt {}): {}", id, attempt, e.getMessage());
        if (attempt >= ATTEMPTS) {
          transactions.executeWithoutResult(
              s -> store.decide(id, InboundMailStatus.TRIAGE, ROUTING_FAILED, null, null));
        }
      }
    }
    return routed;
  }

  /** Answers whether a router took the mail. */
  private boolean route(UUID id) {
    Optional<InboundMail> pending = store.lockPending(id);
    if (pending.isEmpty()) {
      return false; // another poll routed it
    }
    InboundMail mail = pending.get();
    List<InboundMailRouter> ordered = routers.orderedStream().toList();
    for (InboundMailRouter router : ordered) {
      RoutingResult result = router.route(mail);
      if (result != null && result.routed()) {
        store.decide(id, InboundMailStatus.ROUTED, null, null, result.reference());
        return true;
      }
    }
    Optional<CustomerId> customer =
        Optional.ofNullable(mail.fromAddress())
            .flatMap(customers::findByEmail)
            .map(CustomerRef::id);
    if (customer.isPresent()) {
      store.decide(id, InboundMailStatus.NEW, null, customer.get(), null);
      events.publishEvent(new InboundMailArrived(mail.id(), customer.get()));
    } else {
      store.decide(id, InboundMailStatus.TRIAGE, UNKNOWN_SENDER, null, null);
    }
    return false;
  }
}
