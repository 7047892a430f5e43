package io.pyra.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where "back" leads after a form post: the referring page when it is one of ours, else the start
 * page.
 */
final class SameSiteReferer {

  private SameSiteReferer() {}

  /**
   * A context-relative path and query, never another site, never a {@code ?lang=} that would undo a
   * switch.
   */
  static String path(String referer, HttpServletRequest request) {
    if (referer == null || referer.isBlank()) {
      return "/";
    }
    URI uri;
    try {
      uri = new URI(referer.strip());
    } catch (URISyntaxException e) {
      return "/";
    }
    if (uri.getScheme() != null
        && !uri.getScheme().equalsIgnoreCase("http")
        && !uri.getScheme().equalsIgnoreCase("https")) {
      return "/";
    }
    if (uri.getHost() != null
        && (!uri.getHost().equalsIgnoreCase(request.getServerName())
            || port(uri) != request.getServerPort())) {
      return "/";
    }
    if (uri.getHost() == null && uri.getRawAuthority() != null) {
      return "/";
    }
    String path = uri.getRawPath();
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
      return "/";
    }
    String context = request.getContextPath();
    if (!context.isEmpty()) {
      if (!path.startsWith(context + "/")) {
        return "/";
      }
      path = path.substring(context.length());
    }
    String target =
        UriComponentsBuilder.fromPath(path)
            .query(uri.getRawQuery())
            .replaceQueryParam("lang")
            .build(true)
            .toUriString();
    return target.startsWith("/") && !target.startsWith("//") ? target : "/";
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
