package io.pyra.marketing.form;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The public forms answer anyone, and only as no one: the chain neither reads nor creates a
 * session, so a post from another site cannot act with a signed-in user's rights (nothing to forge:
 * no CSRF token is asked of visitors who never had a session). It can only leave a lead, which is
 * what the form is for, within the throttle.
 */
@Configuration(proxyBeanMethods = false)
class WebFormSecurity {

  @Bean
  @Order(2)
  SecurityFilterChain publicForms(HttpSecurity http, WebFormProperties properties)
      throws Exception {
    http.securityMatcher("/forms/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .headers(
            h ->
                h.frameOptions(f -> f.disable())
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; "
                                    + "img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                    + "form-action 'self'; frame-ancestors "
                                    + properties.frameAncestors())));
    return http.build();
  }
}
