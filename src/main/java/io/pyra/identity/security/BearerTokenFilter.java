package io.pyra.identity.security;

import io.pyra.identity.ApiTokenFirstUsed;
import io.pyra.identity.ApiTokenId;
import io.pyra.identity.UserId;
import io.pyra.identity.token.ApiTokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests by {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokenService tokens;
  private final PrincipalLoader users;
  private final AuthenticationEntryPoint entryPoint;
  private final ApplicationEventPublisher events;

  BearerTokenFilter(
      ApiTokenService tokens,
      PrincipalLoader users,
      AuthenticationEntryPoint entryPoint,
      ApplicationEventPublisher events) {
    this.tokens = tokens;
    this.users = users;
    this.entryPoint = entryPoint;
    this.events = events;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<PrincipalLoader.TokenHolder> holder =
        ApiTokenService.hashOf(header.substring(7).strip())
            .flatMap(hash -> users.byTokenHash(hash, Instant.now()));
    Optional<PyraPrincipal> principal =
        holder.map(PrincipalLoader.TokenHolder::principal).filter(PyraPrincipal::isEnabled);
    if (principal.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
      return;
    }
    PyraPrincipal user = principal.get();
    user.eraseCredentials();
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    PrincipalLoader.TokenHolder token = holder.get();
    if (ApiTokenService.dueForMark(token.firstUsedAt(), token.lastUsedAt(), Instant.now())
        && tokens.markUse(token.tokenId(), token.firstUsedAt(), token.lastUsedAt())) {
      events.publishEvent(
          new ApiTokenFirstUsed(
              new ApiTokenId(token.tokenId()), new UserId(user.id()), user.username()));
    }
    chain.doFilter(request, response);
  }
}
