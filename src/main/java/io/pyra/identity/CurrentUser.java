package io.pyra.identity;

import io.pyra.identity.security.PyraPrincipal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in staff user and what their roles let them see, for every module's queries. */
@Component
public class CurrentUser {

  private final IdentityApi identity;

  CurrentUser(IdentityApi identity) {
    this.identity = identity;
  }

  public Optional<UUID> id() {
    return principal().map(PyraPrincipal::id);
  }

  public UUID requireId() {
    return id().orElseThrow(() -> new IllegalStateException("no signed-in user"));
  }

  /** The org unit of the signed-in user, as of this request. */
  public Optional<UUID> orgUnitId() {
    return principal().map(PyraPrincipal::orgUnitId);
  }

  public Optional<String> username() {
    return principal().map(PyraPrincipal::username);
  }

  public boolean has(String permission) {
    return principal().map(p -> p.grants().containsKey(permission)).orElse(false);
  }

  /** The reach of a permission for the current user; not granted when nobody is signed in. */
  public Visibility visibility(String permission) {
    return principal()
        .map(
            p ->
                new Visibility(
                    p.grants().get(permission),
                    p.id(),
                    p.orgUnitId(),
                    p.orgUnitPath(),
                    identity::orgUnitPath))
        .orElse(Visibility.none());
  }

  private static Optional<PyraPrincipal> principal() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PyraPrincipal p
        ? Optional.of(p)
        : Optional.empty();
  }
}
