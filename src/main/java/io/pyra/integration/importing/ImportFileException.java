package io.pyra.integration.importing;

/**
 * A file the import cannot read at all (encoding, quoting, format, missing column): nothing runs.
 */
public class ImportFileException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public ImportFileException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args;
  }
}
