package io.pyra.platform.web;

/**
 * Which characters a text sent to Pyra may not contain: the C0 control characters U+0000 to U+001F
 * (NUL first among them) and DEL U+007F, except tab, line feed and carriage return, which
 * multi-line text (notes, addresses) needs. PostgreSQL cannot store NUL in text at all, and the
 * others only ever arrive by mistake or by attack, and then break exports, vCards and mail.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether the text holds a refused control character. */
  public static boolean refused(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
