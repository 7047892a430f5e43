-- The audit log is append-only: the database refuses every update, delete and truncate of entries.
CREATE FUNCTION platform_audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'platform_audit_entry is append-only: audit entries cannot be changed or deleted (%)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER trg_platform_audit_entry_append_only
    BEFORE UPDATE OR DELETE ON platform_audit_entry
    FOR EACH ROW EXECUTE FUNCTION platform_audit_entry_refuse_change();

CREATE TRIGGER trg_platform_audit_entry_no_truncate
    BEFORE TRUNCATE ON platform_audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_entry_refuse_change();
