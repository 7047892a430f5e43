package io.pyra.platform.audit;

import java.util.UUID;

/** Who did something, as the audit log records it; the security principal implements it. */
public interface AuditActor {

  UUID id();

  String username();
}
