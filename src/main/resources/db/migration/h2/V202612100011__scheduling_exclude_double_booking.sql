-- H2 has no exclusion constraints: a booking locks the rows of its resources (scheduling_resource, in id order)
-- before it looks for an overlap, so two bookings of one resource are made one after the other. Nothing to
-- create here; the version is kept in step with PostgreSQL's.
SELECT 1;
