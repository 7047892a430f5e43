package io.pyra.support.mailbox;

/**
 * Decides where a newly read mail goes: a bean of the case code, say, that adds a reply to its
 * case. The mailbox offers each new mail to the routers in their order ({@code @Order}) within one
 * transaction per mail; the first that answers {@link RoutingResult#routedTo} takes it (the mail
 * becomes ROUTED with that reference). When none does, the mail goes to the sender's customer (NEW,
 * with an {@link InboundMailArrived} event) or, for an unknown sender, to triage. A router that
 * throws rolls its mail's routing back; the mail is offered again by the next polls, and put in
 * triage (reason {@code routing-failed}) after three failures.
 */
public interface InboundMailRouter {

  RoutingResult route(InboundMail mail);
}
