package io.pyra.platform.error;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holds a refused control character (see {@code ControlCharacters}); the API answers
 * 400 naming the field with the rule {@code control-character}.
 */
public class ControlCharacterException extends MismatchedInputException {

  public ControlCharacterException(JsonParser parser) {
    super(parser, "text contains a control character", String.class);
  }
}
