package io.pyra.scheduling.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The calendar feeds ({@code /calendars/{token}.ics}) answer calendar applications, which have no
 * session: the secret token in the address is the only proof. The chain neither reads nor creates a
 * session and answers GET alone; nothing else is reachable through it.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurity {

  @Bean
  @Order(2)
  SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/calendars/*")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(org.springframework.http.HttpMethod.GET, "/calendars/*")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
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
                h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'"))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .frameOptions(f -> f.deny()));
    return http.build();
  }
}
