package io.pyra.platform.error;

/** The current user may see the record but not do this to it. */
public class AccessRefusedException extends RuntimeException {

  public AccessRefusedException(String message) {
    super(message);
  }
}
