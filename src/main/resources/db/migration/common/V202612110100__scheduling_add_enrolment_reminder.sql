-- Scheduling (issue 17, sessions): reminded_at is when the enrolled customer was sent the reminder of their class
-- (claimed before the mail goes out, so a customer is reminded once per enrolment); the index serves the
-- customer timeline's attendance entries, newest first.
ALTER TABLE scheduling_enrolment ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_scheduling_enrolment_attendance ON scheduling_enrolment (customer_id, attendance_at, id);
