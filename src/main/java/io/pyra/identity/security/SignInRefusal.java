package io.pyra.identity.security;

import java.io.Serializable;
import java.time.Instant;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused: a message key and, when throttled, until when. */
public record SignInRefusal(String messageKey, Instant until) implements Serializable {

  public static final String SESSION_ATTRIBUTE = "pyra.signIn.refusal";

  /** The message key that explains why this sign-in was refused. */
  public static String messageKeyOf(AuthenticationException e) {
    return of(e).messageKey();
  }

  /** Whole minutes until a throttled username may sign in again; 0 when not throttled. */
  public static long minutesLeft(AuthenticationException e) {
    return of(e).minutesLeft();
  }

  /** Whole minutes until sign-in is allowed again; 0 when not throttled. */
  public long minutesLeft() {
    return until == null
        ? 0
        : Math.max(1, (java.time.Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
  }

  static SignInRefusal of(AuthenticationException e) {
    if (e instanceof SignInThrottledException throttled) {
      return new SignInRefusal("login.error.throttled", throttled.until());
    }
    if (e instanceof DisabledException) {
      return new SignInRefusal("login.error.disabled", null);
    }
    return new SignInRefusal("login.error.bad-credentials", null);
  }
}
