package io.pyra.identity.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.Scope;
import io.pyra.identity.token.ApiTokenService;
import io.pyra.platform.audit.AuditLog;
import io.pyra.testing.WebSlicePlatform;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The application's real security filter chains for a {@code @WebMvcTest} slice: form sign-in,
 * CSRF, the content security policy, method security ({@code @PreAuthorize}) and the filter that
 * re-reads the signed-in user on every request, with the platform's web plumbing ({@link
 * WebSlicePlatform}) and {@link CurrentUser}. Only what reads the database is replaced: the
 * signed-in users come from {@link #staff} instead of the user table, identity's read API, the
 * sign-in throttle and the audit log do nothing.
 *
 * <pre>{@code
 * @WebMvcTest(RoleWebController.class)
 * @Import({WebSliceSecurity.class, RoleNames.class})
 * class RoleWebControllerTests {
 *   ... mvc.perform(get("/admin/roles").with(WebSliceSecurity.staff("role.read"))) ...
 * }</pre>
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
  WebSlicePlatform.class,
  SecurityConfig.class,
  SignInHandlers.class,
  ProblemResponses.class,
  CurrentUser.class
})
public class WebSliceSecurity {

  /** The users signed in by {@link #staff}, by id, as the principal loader would read them. */
  private static final Map<UUID, PyraPrincipal> SIGNED_IN = new ConcurrentHashMap<>();

  @Bean
  PrincipalLoader principalLoader() {
    PrincipalLoader loader = mock(PrincipalLoader.class);
    when(loader.byId(any()))
        .thenAnswer(call -> Optional.ofNullable(SIGNED_IN.get(call.<UUID>getArgument(0))));
    return loader;
  }

  /** Identity's read API, which {@link CurrentUser} asks for org units' paths (subtree checks). */
  @Bean
  IdentityApi identityApi() {
    return mock(IdentityApi.class);
  }

  @Bean
  SignInThrottle signInThrottle() {
    return mock(SignInThrottle.class);
  }

  @Bean
  ApiTokenService apiTokenService() {
    return mock(ApiTokenService.class);
  }

  @Bean
  AuditLog auditLog() {
    return mock(AuditLog.class);
  }

  /** A new signed-in member of staff holding each permission with the scope {@code ALL}. */
  public static RequestPostProcessor staff(String... permissions) {
    return staff(
        Arrays.stream(permissions)
            .collect(Collectors.toMap(Function.identity(), permission -> Scope.ALL)));
  }

  /** A new signed-in member of staff holding these grants, reading pages in English. */
  public static RequestPostProcessor staff(Map<String, Scope> grants) {
    UUID id = UUID.randomUUID();
    PyraPrincipal principal =
        new PyraPrincipal(
            id,
            "staff-" + id.toString().substring(0, 8),
            "Li Lei",
            UUID.randomUUID(),
            "/" + UUID.randomUUID() + "/",
            "en",
            true,
            grants,
            null);
    SIGNED_IN.put(id, principal);
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }
}
