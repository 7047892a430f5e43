package io.pyra.identity.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in for this username is refused until {@link #until()} after too many failures. */
public class SignInThrottledException extends LockedException {

  private final transient Instant until;

  public SignInThrottledException(Instant until) {
    super("too many failed sign-ins");
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
