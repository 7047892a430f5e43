-- The audit log is append-only: the database refuses every update and delete of an entry.
CREATE TRIGGER trg_platform_audit_entry_append_only
    BEFORE UPDATE, DELETE ON platform_audit_entry
    FOR EACH ROW CALL "io.pyra.platform.audit.AppendOnlyTrigger";
