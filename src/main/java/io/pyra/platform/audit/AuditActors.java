package io.pyra.platform.audit;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in actor of the current thread, as far as the audit log needs to know them. */
final class AuditActors {

  private AuditActors() {}

  static Optional<AuditActor> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof AuditActor actor
        ? Optional.of(actor)
        : Optional.empty();
  }
}
