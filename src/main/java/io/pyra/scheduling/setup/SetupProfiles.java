package io.pyra.scheduling.setup;

import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technicians' configuration profiles: listed by code, created (a code taken is a 422 naming
 * it), changed against the version read, and taken out of use (a profile in use by requests stays,
 * but no new request names it).
 */
@Service
@Transactional
public class SetupProfiles {

  public static final String RECORD_TYPE = "setup-profile";
  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 200;
  public static final int SYSTEM_MAX = 200;
  public static final int SOFTWARE_MAX = 4000;
  public static final int SOFTWARE_LINES_MAX = 100;
  public static final int POLICY_MAX = 2000;
  public static final int LIST_MAX = 500;
  private static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9._-]*";

  private static final String SELECT =
      """
      select id, code, name, operating_system, software, security_policy, active, version,
             updated_at
        from scheduling_setup_profile""";

  private final JdbcClient jdbc;

  SetupProfiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The profiles by code (those out of use too when {@code withInactive}), at most 500. */
  @Transactional(readOnly = true)
  public List<SetupProfile> list(boolean withInactive) {
    return jdbc.sql(SELECT + " where (active or :all) order by code fetch first 500 rows only")
        .param("all", withInactive)
        .query(SetupProfiles::row)
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<SetupProfile> find(UUID id) {
    return jdbc.sql(SELECT + " where id = :id")
        .param("id", id)
        .query(SetupProfiles::row)
        .optional();
  }

  public SetupProfile get(UUID id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public SetupProfile create(SaveSetupProfile command) {
    List<RuleViolation> violations = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "setup.profile.code.required"));
    } else if (code.length() > CODE_MAX || !code.matches(CODE_PATTERN)) {
      violations.add(new RuleViolation("code", "pattern", "setup.profile.code.pattern", CODE_MAX));
    } else if (codeTaken(code)) {
      violations.add(new RuleViolation("code", "unique", "setup.profile.code.unique", code));
    }
    Texts texts = texts(command, violations);
    refuse(violations);
    UUID id = Ids.newId();
    Instant now = Instant.now();
    try {
      jdbc.sql(
              """
              insert into scheduling_setup_profile (id, code, name, operating_system, software,
                security_policy, active, version, created_at, updated_at)
              values (:id, :code, :name, :system, :software, :policy, true, 0, :now, :now)""")
          .param("id", id)
          .param("code", code)
          .param("name", texts.name())
          .param("system", texts.system())
          .param("software", texts.software())
          .param("policy", texts.policy())
          .param("now", SqlTime.utc(now))
          .update();
    } catch (DuplicateKeyException e) {
      throw new BusinessRuleException("code", "unique", "setup.profile.code.unique", code);
    }
    return get(id);
  }

  /** Changes all but the code, against the version the user read. */
  public SetupProfile update(UUID id, long version, SaveSetupProfile command) {
    SetupProfile current = get(id);
    List<RuleViolation> violations = new ArrayList<>();
    Texts texts = texts(command, violations);
    refuse(violations);
    int changed =
        jdbc.sql(
                """
                update scheduling_setup_profile
                   set name = :name, operating_system = :system, software = :software,
                       security_policy = :policy, version = version + 1, updated_at = :now
                 where id = :id and version = :version""")
            .param("name", texts.name())
            .param("system", texts.system())
            .param("software", texts.software())
            .param("policy", texts.policy())
            .param("now", SqlTime.utc(Instant.now()))
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleVersionException(RECORD_TYPE, version, current.version());
    }
    return get(id);
  }

  /** Takes the profile out of use ({@code active} false) or back, against the version read. */
  public SetupProfile activate(UUID id, long version, boolean active) {
    SetupProfile current = get(id);
    int changed =
        jdbc.sql(
                """
                update scheduling_setup_profile
                   set active = :active, version = version + 1, updated_at = :now
                 where id = :id and version = :version""")
            .param("active", active)
            .param("now", SqlTime.utc(Instant.now()))
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleVersionException(RECORD_TYPE, version, current.version());
    }
    return get(id);
  }

  private boolean codeTaken(String code) {
    return jdbc.sql("select count(*) from scheduling_setup_profile where upper(code) = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }

  private record Texts(String name, String system, String software, String policy) {}

  private static Texts texts(SaveSetupProfile command, List<RuleViolation> violations) {
    String name = required(command.name(), "name", NAME_MAX, violations);
    String system = required(command.operatingSystem(), "operatingSystem", SYSTEM_MAX, violations);
    String software = optional(command.software(), "software", SOFTWARE_MAX, violations);
    if (software != null && software.lines().count() > SOFTWARE_LINES_MAX) {
      violations.add(
          new RuleViolation(
              "software", "lines", "setup.profile.software.lines", SOFTWARE_LINES_MAX));
    }
    String policy = optional(command.securityPolicy(), "securityPolicy", POLICY_MAX, violations);
    return new Texts(name, system, software, policy);
  }

  private static String required(
      String value, String field, int max, List<RuleViolation> violations) {
    String text = optional(value, field, max, violations);
    if (text == null && violations.stream().noneMatch(v -> field.equals(v.field()))) {
      violations.add(new RuleViolation(field, "required", "setup.profile." + field + ".required"));
    }
    return text;
  }

  static String optional(String value, String field, int max, List<RuleViolation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip().replace("\r\n", "\n");
    if (text.length() > max) {
      violations.add(new RuleViolation(field, "size", "setup.text.size", max));
      return null;
    }
    return text;
  }

  static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  private static SetupProfile row(ResultSet rs, int n) throws SQLException {
    return new SetupProfile(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getBoolean(7),
        rs.getLong(8),
        SqlTime.instant(rs.getObject(9, OffsetDateTime.class)));
  }
}
