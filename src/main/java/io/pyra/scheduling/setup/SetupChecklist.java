package io.pyra.scheduling.setup;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-machine checklist of a set-up request: a machine is marked INSTALLED, VERIFIED or FAILED
 * (with a note of at most 500 characters saying why), one at a time or a range at once, against the
 * request's version. The request is READY exactly when every machine is VERIFIED; a machine taken
 * back from VERIFIED opens it again. A cancelled request takes no marks.
 */
@Service
@Transactional
public class SetupChecklist {

  public static final int NOTE_MAX = 500;

  private final JdbcClient jdbc;
  private final SetupDirectory directory;
  private final SetupAccess access;

  SetupChecklist(JdbcClient jdbc, SetupDirectory directory, SetupAccess access) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.access = access;
  }

  /** Marks one machine. */
  public SetupRequest mark(UUID id, Integer machineNo, String state, String note, long version) {
    return mark(id, machineNo, machineNo, state, note, version, "machineNo");
  }

  /** Marks machines {@code from} to {@code to} (both included) alike. */
  public SetupRequest markRange(
      UUID id, Integer from, Integer to, String state, String note, long version) {
    return mark(id, from, to, state, note, version, "from");
  }

  private SetupRequest mark(
      UUID id,
      Integer from,
      Integer to,
      String state,
      String note,
      long version,
      String numberField) {
    SetupRequest request = directory.get(id);
    List<RuleViolation> violations = new ArrayList<>();
    if (request.status() == SetupStatus.CANCELLED) {
      violations.add(new RuleViolation("status", "cancelled", "setup.request.cancelled"));
    }
    if (from == null || from < 1 || from > request.machines()) {
      violations.add(
          new RuleViolation(
              numberField, "unknown", "setup.machine.unknown", from, request.machines()));
    } else if (to == null || to < from || to > request.machines()) {
      violations.add(
          new RuleViolation("to", "unknown", "setup.machine.unknown", to, request.machines()));
    }
    MachineState marked = state(state, violations);
    String text = SetupProfiles.optional(note, "note", NOTE_MAX, violations);
    if (marked == MachineState.FAILED
        && text == null
        && violations.stream().noneMatch(v -> "note".equals(v.field()))) {
      violations.add(new RuleViolation("note", "required", "setup.machine.note.required"));
    }
    SetupProfiles.refuse(violations);
    Instant now = Instant.now();
    int changed =
        jdbc.sql(
                """
                update scheduling_setup_request
                   set version = version + 1, updated_at = :now
                 where id = :id and version = :version and status <> 'CANCELLED'""")
            .param("now", SqlTime.utc(now))
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleVersionException(SetupDirectory.RECORD_TYPE, version, request.version());
    }
    jdbc.sql(
            """
            update scheduling_setup_machine
               set state = :state, note = :note, updated_by = :by, updated_at = :now
             where request_id = :id and machine_no between :from and :to""")
        .param("state", marked.name())
        .param("note", marked == MachineState.VERIFIED ? null : text)
        .param("by", access.me())
        .param("now", SqlTime.utc(now))
        .param("id", id)
        .param("from", from)
        .param("to", to)
        .update();
    refresh(id);
    return directory.get(id);
  }

  /** READY when every machine is verified, OPEN otherwise (a cancelled request stays so). */
  void refresh(UUID id) {
    jdbc.sql(
            """
            update scheduling_setup_request
               set status = case when (select count(*) from scheduling_setup_machine m
                                        where m.request_id = :id and m.state = 'VERIFIED')
                                      = machines then 'READY' else 'OPEN' end
             where id = :id and status <> 'CANCELLED'""")
        .param("id", id)
        .update();
  }

  private static MachineState state(String state, List<RuleViolation> violations) {
    if (state != null) {
      String name = state.strip().toUpperCase(Locale.ROOT);
      for (MachineState s : MachineState.values()) {
        if (s != MachineState.PENDING && s.name().equals(name)) {
          return s;
        }
      }
    }
    violations.add(new RuleViolation("state", "unknown", "setup.machine.state.unknown"));
    return null;
  }
}
