package io.pyra.identity.web;

import io.pyra.identity.role.Permission;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A permission in words: the sentence {@code permission.<code>} ("Override the return-visit limit")
 * and the name of its area {@code permission.area.<resource>} ("Contact records"), each falling
 * back to the code when a bundle lacks it (a test makes sure none does).
 */
final class PermissionSentences {

  private PermissionSentences() {}

  static String sentence(MessageSource messages, Permission permission, Locale locale) {
    return messages.getMessage("permission." + permission.code(), null, permission.code(), locale);
  }

  static String area(MessageSource messages, String resource, Locale locale) {
    return messages.getMessage("permission.area." + resource, null, resource, locale);
  }
}
