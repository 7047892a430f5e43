package io.pyra.identity.security;

import io.pyra.identity.ApiTokenFirstUsed;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits the first use of each API token. Synchronous on purpose: the event is published by the
 * bearer filter outside any transaction, and the entry must exist once the request is answered.
 */
@Component
class TokenFirstUseAudit {

  static final String ACTION = "TOKEN_FIRST_USE";

  private final AuditLog audit;

  TokenFirstUseAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void on(ApiTokenFirstUsed event) {
    audit.append(
        new AuditEvent(
            ACTION,
            "api-token",
            event.tokenId().toString(),
            event.userId().value(),
            event.username(),
            List.of()));
  }
}
