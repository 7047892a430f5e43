package io.pyra.marketing.form;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public lead form ({@code pyra.marketing.form.*}).
 *
 * @param perAddress how many submissions one client address may make per {@code window}; past it
 *     the form answers 429 and stores nothing
 * @param window the throttle's window
 * @param trustedProxies addresses or CIDR ranges of the load balancers in front of Pyra: only a
 *     request from one of them has its {@code X-Forwarded-For} believed (at most {@value
 *     #PROXIES_MAX})
 * @param consentRequired whether the visitor must agree to be contacted before a lead is stored
 * @param frameAncestors the sites that may show the form in a frame (CSP {@code frame-ancestors}),
 *     {@code 'none'} by default
 */
@ConfigurationProperties("pyra.marketing.form")
public record WebFormProperties(
    @DefaultValue("10") int perAddress,
    @DefaultValue("10m") Duration window,
    @DefaultValue List<String> trustedProxies,
    @DefaultValue("true") boolean consentRequired,
    @DefaultValue("'none'") String frameAncestors) {

  public static final int PROXIES_MAX = 100;

  public WebFormProperties {
    if (perAddress < 1) {
      throw new IllegalArgumentException("pyra.marketing.form.per-address must be at least 1");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("pyra.marketing.form.window must be positive");
    }
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    if (trustedProxies.size() > PROXIES_MAX) {
      throw new IllegalArgumentException(
          "pyra.marketing.form.trusted-proxies: at most " + PROXIES_MAX + " entries");
    }
    if (!frameAncestors.matches("[A-Za-z0-9:/.*' -]{1,500}")) {
      throw new IllegalArgumentException(
          "pyra.marketing.form.frame-ancestors: a list of sources as CSP writes them");
    }
  }
}
