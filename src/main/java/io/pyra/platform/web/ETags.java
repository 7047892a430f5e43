package io.pyra.platform.web;

import io.pyra.platform.error.PreconditionRequiredException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.error.WeakETagException;

/**
 * Versions as HTTP entity tags: a record at version 3 has the ETag {@code "3"}; an update must send
 * it back in {@code If-Match} (missing: 428; different or weak ({@code W/"3"}): 412, nothing
 * written).
 */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version the client says it read, from an {@code If-Match} header. */
  public static long required(String ifMatch, String recordType) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/") || tag.startsWith("w/")) {
      throw new WeakETagException();
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new StaleVersionException(recordType, -1, -1);
    }
  }
}
