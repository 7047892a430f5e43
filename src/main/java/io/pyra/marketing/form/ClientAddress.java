package io.pyra.marketing.form;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a form submission came from. The connection's own address, unless that is one of the
 * configured trusted proxies: then the right-most address of {@code X-Forwarded-For} that is not a
 * trusted proxy (what the nearest proxy saw), so a client cannot choose its address by sending the
 * header itself. Only IP literals are read from the header: never a name to look up.
 */
@Component
class ClientAddress {

  /** At most this many entries of {@code X-Forwarded-For} are read, from the right. */
  static final int HOPS_MAX = 20;

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final List<IpAddressMatcher> proxies;

  ClientAddress(WebFormProperties properties) {
    this.proxies =
        properties.trustedProxies().stream()
            .map(String::trim)
            .filter(entry -> !entry.isEmpty())
            .map(ClientAddress::matcher)
            .toList();
  }

  String of(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    if (!trusted(remote)) {
      return remote;
    }
    String header = request.getHeader("X-Forwarded-For");
    if (header == null || header.isBlank()) {
      return remote;
    }
    String[] hops = header.split(",");
    String nearest = remote;
    for (int i = hops.length - 1; i >= Math.max(0, hops.length - HOPS_MAX); i--) {
      String hop = literal(hops[i].trim());
      if (hop == null) {
        return nearest;
      }
      nearest = hop;
      if (!trusted(hop)) {
        return hop;
      }
    }
    return nearest;
  }

  private boolean trusted(String address) {
    if (proxies.isEmpty() || literal(address) == null) {
      return false;
    }
    for (IpAddressMatcher proxy : proxies) {
      if (proxy.matches(address)) {
        return true;
      }
    }
    return false;
  }

  /** The address if it is an IPv4 or IPv6 literal, else {@code null}. */
  static String literal(String text) {
    if (text == null) {
      return null;
    }
    if (IPV4.matcher(text).matches()) {
      return text;
    }
    if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
      return text.toLowerCase(java.util.Locale.ROOT);
    }
    return null;
  }

  private static IpAddressMatcher matcher(String entry) {
    String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
    if (literal(address) == null) {
      throw new IllegalArgumentException(
          "pyra.marketing.form.trusted-proxies: not an IP address or CIDR range: " + entry);
    }
    return new IpAddressMatcher(entry);
  }
}
