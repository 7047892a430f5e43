package io.pyra.identity.token;

/**
 * How a token came to be: made by its owner on purpose, or handed out by an API sign-in in exchange
 * for the password. A change of password always ends the latter; the owner may keep the former.
 */
public enum TokenOrigin {
  PERSONAL,
  SIGN_IN
}
