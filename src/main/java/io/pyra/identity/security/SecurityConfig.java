package io.pyra.identity.security;

import io.pyra.identity.token.ApiTokenService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Four filter chains: the operations endpoints (health open, metrics for holders of {@code
 * operations.metrics}), the API (bearer tokens, stateless, problem-detail errors), the API
 * documentation, and the pages (form sign-in, sessions in the database, CSRF, strict CSP).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

  /** The permission to read the operations metrics ({@code /actuator/prometheus}). */
  static final String METRICS = "operations.metrics";

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /**
   * No spans or timers for the filter chain, authentications and authorizations: with them every
   * request wrapped each of its dozen filters in an observation (even a disabled one); the HTTP
   * server's own metrics stay.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  ThrottledAuthenticationProvider throttledAuthenticationProvider(
      PrincipalLoader users, PasswordEncoder passwords, SignInThrottle throttle) {
    return new ThrottledAuthenticationProvider(users, passwords, throttle);
  }

  @Bean
  AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  /** Health probes answer anyone: load balancers and orchestrators do not sign in. */
  @Bean
  @Order(-1)
  SecurityFilterChain health(HttpSecurity http) throws Exception {
    http.securityMatcher("/actuator/health", "/actuator/health/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  /**
   * The rest of {@code /actuator} (the metrics name every URI template and the load on each) needs
   * a bearer token or page session of a user granted {@code operations.metrics}.
   */
  @Bean
  @Order(0)
  SecurityFilterChain operations(
      HttpSecurity http,
      ApiTokenService tokens,
      PrincipalLoader users,
      ProblemResponses problems,
      ApplicationEventPublisher events)
      throws Exception {
    var entryPoint = problems.unauthorized();
    http.securityMatcher("/actuator", "/actuator/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(METRICS))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .anonymous(anon -> anon.disable())
        .addFilterBefore(
            new BearerTokenFilter(tokens, users, entryPoint, events),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new PrincipalRefreshFilter(users), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems.forbidden()))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiTokenService tokens,
      PrincipalLoader users,
      ProblemResponses problems,
      ApplicationEventPublisher events)
      throws Exception {
    var entryPoint = problems.unauthorized();
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .anonymous(anon -> anon.disable())
        .addFilterBefore(
            new BearerTokenFilter(tokens, users, entryPoint, events),
            UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(
            e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems.forbidden()))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  /**
   * A mailing's unsubscribe link answers anyone: the recipient is not a user. Its signed token is
   * the proof, so the one-click POST a mail client sends (RFC 8058), which cannot carry a CSRF
   * token, is accepted on this path only; nothing else is reachable through this chain.
   */
  @Bean
  @Order(2)
  SecurityFilterChain unsubscribe(HttpSecurity http) throws Exception {
    http.securityMatcher("/unsubscribe/*")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .frameOptions(f -> f.deny()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
    http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pages(
      HttpSecurity http, PrincipalLoader users, SignInHandlers handlers, ProblemResponses problems)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health/**",
                        "/actuator/health")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(handlers.success())
                    .failureHandler(handlers.failure())
                    .permitAll())
        .logout(
            logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
        .addFilterBefore(new PrincipalRefreshFilter(users), AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e.accessDeniedHandler(problems.forbiddenOnPages()))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(f -> f.deny()));
    return http.build();
  }
}
