package io.pyra.platform.error;

/**
 * {@code If-Match} held a weak entity tag ({@code W/"3"}). If-Match compares strongly (RFC 9110,
 * 13.1.1), so a weak tag never matches: the API answers 412 and says why, and nothing is written.
 */
public class WeakETagException extends RuntimeException {

  public WeakETagException() {
    super("weak ETag in If-Match");
  }
}
