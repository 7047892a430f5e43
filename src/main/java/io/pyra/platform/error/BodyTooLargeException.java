package io.pyra.platform.error;

import java.io.IOException;

/** Thrown while reading a request body that passes the size limit; the API answers 413. */
public class BodyTooLargeException extends IOException {

  public BodyTooLargeException() {
    super("request body too large");
  }
}
