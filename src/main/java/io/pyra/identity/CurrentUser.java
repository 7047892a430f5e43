package io.pyra.identity;

import io.pyra.identity.security.PyraPrincipal;
import java.util.Optional;
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

  public Optional<UserId> id() {
    return principal().map(p -> new UserId(p.id()));
  }

  public UserId requireId() {
    return id().orElseThrow(() -> new IllegalStateException("no signed-in user"));
  }

  /** The org unit of the signed-in user, as of this request. */
  public Optional<OrgUnitId> orgUnitId() {
    return principal().map(p -> OrgUnitId.ofNullable(p.orgUnitId()));
  }

  /**
   * The region (ISO 3166 alpha-2) in which the signed-in user reads phone numbers written without a
   * country code: that of their org unit, inherited from the units above it; the configured default
   * when nobody is signed in.
   */
  public String region() {
    return identity.region(principal().map(p -> OrgUnitId.ofNullable(p.orgUnitId())).orElse(null));
  }

  /**
   * The signed-in user as other modules see users, as read at the start of this request (the
   * principal is read afresh for every request), so asking needs no statement.
   */
  public Optional<UserSummary> summary() {
    return principal()
        .map(
            p ->
                new UserSummary(
                    new UserId(p.id()),
                    p.username(),
                    p.displayName(),
                    OrgUnitId.ofNullable(p.orgUnitId()),
                    p.isEnabled()));
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
                    new UserId(p.id()),
                    OrgUnitId.ofNullable(p.orgUnitId()),
                    p.orgUnitPath(),
                    unit ->
                        // the user's own unit's path came with the principal
                        unit.value().equals(p.orgUnitId())
                            ? Optional.ofNullable(p.orgUnitPath())
                            : identity.orgUnitPath(unit)))
        .orElse(Visibility.none());
  }

  private static Optional<PyraPrincipal> principal() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof PyraPrincipal p
        ? Optional.of(p)
        : Optional.empty();
  }
}
