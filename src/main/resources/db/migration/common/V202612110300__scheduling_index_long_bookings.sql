-- The calendar reads a centre's bookings of a range by ix_scheduling_booking_unit from the range's start less the
-- longest a booking may last (24 hours); only imported (EXTERNAL) bookings may last longer: this index finds those
-- that end within or after the range.
CREATE INDEX ix_scheduling_booking_unit_purpose_end ON scheduling_booking (org_unit_id, purpose, ends_at);
