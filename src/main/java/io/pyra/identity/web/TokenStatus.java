package io.pyra.identity.web;

import io.pyra.identity.token.ApiToken;
import java.time.Instant;

/** Whether a token still opens the API. */
enum TokenStatus {
  ACTIVE,
  EXPIRED,
  REVOKED;

  static TokenStatus of(ApiToken token, Instant now) {
    if (token.revokedAt() != null) {
      return REVOKED;
    }
    return token.expiresAt().isAfter(now) ? ACTIVE : EXPIRED;
  }
}
