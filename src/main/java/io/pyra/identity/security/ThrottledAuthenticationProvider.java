package io.pyra.identity.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password sign-in, for the login page and the token endpoint alike: refused while the
 * username is throttled; the password is checked before the account's state, so a wrong password
 * never reveals whether an account exists or is deactivated.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

  private final SignInThrottle throttle;

  ThrottledAuthenticationProvider(
      PrincipalLoader users, PasswordEncoder passwords, SignInThrottle throttle) {
    super(users::loadUserByUsername);
    setPasswordEncoder(passwords);
    setPreAuthenticationChecks(user -> {});
    setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    setHideUserNotFoundExceptions(true);
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    Optional<Instant> locked = throttle.lockedUntil(username);
    if (locked.isPresent()) {
      throw new SignInThrottledException(locked.get());
    }
    try {
      Authentication result = super.authenticate(authentication);
      throttle.recordSuccess(username);
      return result;
    } catch (BadCredentialsException e) {
      Optional<Instant> nowLocked = throttle.recordFailure(username);
      if (nowLocked.isPresent()) {
        throw new SignInThrottledException(nowLocked.get());
      }
      throw e;
    }
  }
}
