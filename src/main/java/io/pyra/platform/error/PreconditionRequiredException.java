package io.pyra.platform.error;

/** An update came without {@code If-Match}: the server cannot tell whether it would overwrite. */
public class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException() {
    super("If-Match required");
  }
}
