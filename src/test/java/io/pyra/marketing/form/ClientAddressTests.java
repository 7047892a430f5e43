package io.pyra.marketing.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which address a submission came from, with and without trusted proxies, and the throttle's
 * windows: the limit per address, a new window, other addresses untouched.
 */
class ClientAddressTests {

  private static WebFormProperties properties(List<String> proxies) {
    return new WebFormProperties(3, Duration.ofMinutes(10), proxies, true, "'none'");
  }

  private static MockHttpServletRequest request(String remote, String forwarded) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/forms/leads/X");
    request.setRemoteAddr(remote);
    if (forwarded != null) {
      request.addHeader("X-Forwarded-For", forwarded);
    }
    return request;
  }

  @Test
  void withoutTrustedProxiesTheConnectionsAddressCounts() {
    ClientAddress addresses = new ClientAddress(properties(List.of()));
    assertThat(addresses.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void fromATrustedProxyTheNearestUntrustedHopCounts() {
    ClientAddress addresses = new ClientAddress(properties(List.of("10.0.0.0/8", "192.0.2.1")));
    // the client wrote 1.1.1.1 itself; the outer proxy 192.0.2.1 saw 198.51.100.1
    assertThat(addresses.of(request("10.1.2.3", "1.1.1.1, 198.51.100.1, 192.0.2.1")))
        .isEqualTo("198.51.100.1");
    assertThat(addresses.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    assertThat(addresses.of(request("10.1.2.3", "2001:DB8::1"))).isEqualTo("2001:db8::1");
    // a hop that is no address ends the walk at the nearest one read
    assertThat(addresses.of(request("10.1.2.3", "evil.example, 198.51.100.9")))
        .isEqualTo("198.51.100.9");
    assertThat(addresses.of(request("10.1.2.3", "198.51.100.9, evil.example")))
        .isEqualTo("10.1.2.3");
    // only proxies in the list are believed
    assertThat(addresses.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void aProxyThatIsNoAddressIsRefusedAtStart() {
    assertThatThrownBy(() -> new ClientAddress(properties(List.of("proxy.example"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trusted-proxies");
  }

  @Test
  void theThrottleCountsEachAddressInItsWindow() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    AddressThrottle throttle = new AddressThrottle(properties(List.of()), clock);
    assertThat(throttle.take("a")).isZero();
    assertThat(throttle.take("a")).isZero();
    assertThat(throttle.take("a")).isZero();
    clock.now = Instant.parse("2026-12-06T10:04:00Z");
    // the window of 10:00-10:10 ends in 6 minutes
    assertThat(throttle.take("a")).isEqualTo(360);
    assertThat(throttle.take("b")).isZero();
    clock.now = Instant.parse("2026-12-06T10:10:00Z");
    assertThat(throttle.take("a")).isZero();
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
