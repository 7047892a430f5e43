-- The contact record and job lists read newest first across all customers a viewer may see.
CREATE INDEX ix_interaction_record_occurred ON interaction_record (occurred_at, id);
CREATE INDEX ix_interaction_record_type ON interaction_record (type_id);
CREATE INDEX ix_interaction_job_created ON interaction_job (created_at, id);
