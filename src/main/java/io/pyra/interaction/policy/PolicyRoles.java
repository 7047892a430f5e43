package io.pyra.interaction.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roles policies are set for, read from identity's tables. A shipped role that kept its shipped
 * name is shown by its translation ({@code role.name.<CODE>}), as the role pages do.
 */
@Component
class PolicyRoles {

  private final JdbcClient jdbc;
  private final MessageSource messages;

  PolicyRoles(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  List<PolicyRole> all() {
    return jdbc.sql("select id, code, name, system_role from identity_role order by name, code")
        .query(
            (rs, n) ->
                role(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4)))
        .list();
  }

  Optional<PolicyRole> byCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id, code, name, system_role from identity_role where upper(code) = upper(:code)")
        .param("code", code.strip())
        .query(
            (rs, n) ->
                role(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4)))
        .optional();
  }

  Optional<PolicyRole> byId(UUID id) {
    return jdbc.sql("select id, code, name, system_role from identity_role where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                role(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4)))
        .optional();
  }

  private PolicyRole role(UUID id, String code, String name, boolean system) {
    Locale locale = LocaleContextHolder.getLocale();
    if (system) {
      String key = "role.name." + code;
      String shipped = messages.getMessage(key, null, null, Locale.ENGLISH);
      if (name.equals(shipped)) {
        return new PolicyRole(id, code, messages.getMessage(key, null, name, locale));
      }
    }
    return new PolicyRole(id, code, name);
  }
}
