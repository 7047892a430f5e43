package io.pyra.interaction.policy;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.RoleSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The roles policies are set for, as identity tells them. A shipped role that kept its shipped name
 * is shown by its translation ({@code role.name.<CODE>}), as the role pages do.
 */
@Component
class PolicyRoles {

  private final IdentityApi identity;
  private final MessageSource messages;

  PolicyRoles(IdentityApi identity, MessageSource messages) {
    this.identity = identity;
    this.messages = messages;
  }

  List<PolicyRole> all() {
    return identity.roles().stream().map(this::role).toList();
  }

  Optional<PolicyRole> byCode(String code) {
    return identity.roleByCode(code).map(this::role);
  }

  Optional<PolicyRole> byId(UUID id) {
    return identity.role(id).map(this::role);
  }

  private PolicyRole role(RoleSummary role) {
    UUID id = role.id();
    String code = role.code();
    String name = role.name();
    Locale locale = LocaleContextHolder.getLocale();
    if (role.systemRole()) {
      String key = "role.name." + code;
      String shipped = messages.getMessage(key, null, null, Locale.ENGLISH);
      if (name.equals(shipped)) {
        return new PolicyRole(id, code, messages.getMessage(key, null, name, locale));
      }
    }
    return new PolicyRole(id, code, name);
  }
}
