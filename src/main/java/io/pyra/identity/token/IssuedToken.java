package io.pyra.identity.token;

import java.time.Instant;

/** A token just issued: the secret, shown to its owner this once, and its record. */
public record IssuedToken(String secret, ApiToken token) {

  public Instant expiresAt() {
    return token.expiresAt();
  }
}
