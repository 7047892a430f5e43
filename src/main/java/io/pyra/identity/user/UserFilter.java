package io.pyra.identity.user;

import java.util.UUID;

/**
 * What a user list is narrowed to: a text found in name, username or email; an org unit (with the
 * units below it); a role; active or not. A {@code null} criterion does not narrow.
 */
public record UserFilter(String text, UUID orgUnitId, UUID roleId, Boolean active) {

  public static final UserFilter NONE = new UserFilter(null, null, null, null);

  public UserFilter {
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
