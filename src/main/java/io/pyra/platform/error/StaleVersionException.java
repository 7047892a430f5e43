package io.pyra.platform.error;

/** The record changed since the client read it; the write was refused. */
public class StaleVersionException extends RuntimeException {

  private final long expected;
  private final long actual;

  public StaleVersionException(String recordType, long expected, long actual) {
    super(recordType + " changed: version " + actual + ", expected " + expected);
    this.expected = expected;
    this.actual = actual;
  }

  public long expected() {
    return expected;
  }

  public long actual() {
    return actual;
  }
}
