package io.pyra.support.mailbox;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the case code uses of the mails read from the support mailbox: a mail by id, the NEW mails
 * of known customers still waiting for a case, routing a mail onto a case afterwards, and an
 * attachment's bytes. Visibility is the caller's business (these are for jobs and listeners).
 */
@Service
public class InboundMails {

  private static final int MAX_WAITING = 500;

  private final InboundMailStore store;

  InboundMails(InboundMailStore store) {
    this.store = store;
  }

  /** The stored mail with its attachments (not their bytes). */
  @Transactional(readOnly = true)
  public Optional<InboundMail> find(InboundMailId id) {
    return store.find(id.value());
  }

  /**
   * The NEW mails that have a customer (known sender, or handed over from triage), oldest first, at
   * most {@code limit} (≤ 500): those a case is still to be made of.
   */
  @Transactional(readOnly = true)
  public List<InboundMail> waiting(int limit) {
    return store.waiting(Math.max(1, Math.min(limit, MAX_WAITING)));
  }

  /**
   * Puts a NEW or TRIAGE mail onto {@code reference} (the case made of it): ROUTED. False when the
   * mail is in neither status (routed already, discarded, quarantined, unknown).
   */
  @Transactional
  public boolean markRouted(InboundMailId id, MailReference reference) {
    return store.route(
        id.value(), List.of(InboundMailStatus.NEW, InboundMailStatus.TRIAGE), reference);
  }

  /** The bytes of an attachment, when they were kept (at most the kept size). */
  @Transactional(readOnly = true)
  public Optional<byte[]> attachmentContent(InboundMailId id, int position) {
    return store.attachmentContent(id.value(), position);
  }
}
