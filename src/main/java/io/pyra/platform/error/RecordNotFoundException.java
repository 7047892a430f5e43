package io.pyra.platform.error;

/** The record does not exist, or the current user may not see it. */
public class RecordNotFoundException extends RuntimeException {

  private final String recordType;

  public RecordNotFoundException(String recordType, Object id) {
    super(recordType + " " + id + " not found");
    this.recordType = recordType;
  }

  public String recordType() {
    return recordType;
  }
}
