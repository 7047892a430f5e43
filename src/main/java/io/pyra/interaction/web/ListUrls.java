package io.pyra.interaction.web;

import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of list pages: the current non-empty filters, with a cursor or without. */
final class ListUrls {

  private ListUrls() {}

  static String of(String path, Map<String, String> params, String cursor) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
    params.forEach(
        (name, value) -> {
          if (!"cursor".equals(name) && value != null && !value.isBlank()) {
            url.queryParam(name, value);
          }
        });
    if (cursor != null) {
      url.queryParam("cursor", cursor);
    }
    return url.encode().build().toUriString();
  }
}
