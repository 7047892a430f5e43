package io.pyra.identity.web;

import io.pyra.identity.role.Role;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The name of a role in the reader's language: a shipped role that still has its shipped name is
 * shown by its translation ({@code role.name.<CODE>}); a renamed or custom role by its own name.
 */
@Component
public class RoleNames {

  private final MessageSource messages;

  RoleNames(MessageSource messages) {
    this.messages = messages;
  }

  public String of(Role role, Locale locale) {
    if (!role.systemRole()) {
      return role.name();
    }
    String key = "role.name." + role.code();
    String shipped = messages.getMessage(key, null, null, Locale.ENGLISH);
    return role.name().equals(shipped)
        ? messages.getMessage(key, null, role.name(), locale)
        : role.name();
  }
}
