-- No resource is ever double-booked: two active rows of one resource never overlap ([start, end), so a booking
-- may begin when the previous one ends). btree_gist gives the gist index its equality on UUIDs (a trusted
-- extension: the database's owner may create it).
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE scheduling_booking_resource
    ADD CONSTRAINT ex_scheduling_booking_resource_overlap
    EXCLUDE USING gist (resource_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (active);
