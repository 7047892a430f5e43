package io.pyra.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of the audit log: refuses every update and delete of {@code platform_audit_entry}
 * (PostgreSQL has the same guard as a PL/pgSQL trigger).
 */
public class AppendOnlyTrigger implements Trigger {

  private String table = "platform_audit_entry";

  @Override
  public void init(
      Connection connection,
      String schema,
      String trigger,
      String table,
      boolean before,
      int type) {
    this.table = table;
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    // SQLSTATE 42501: insufficient privilege, as PostgreSQL reports it
    throw new SQLException(
        table + " is append-only: audit entries cannot be changed or deleted", "42501");
  }
}
