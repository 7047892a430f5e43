-- Scheduling: the booking notices due to be mailed, a queue of the module's own in place of the event outbox. The
-- booking's own transaction writes one row per event (what: made, changed or cancelled, at the event's SEQUENCE), and
-- an enrolment one for the session's booking at its current SEQUENCE (what: enrolled; only those not yet mailed at it
-- are told); the same row written twice is one row. A job mails them in batches, oldest first, and deletes each once
-- everyone was mailed; a failed mail puts it off to next_at (attempts: the failed ones so far).
-- No foreign key to the booking (it would cost every booking a lookup; the job drops the rows of a booking that is
-- gone). One index beside the key, in the job's order: a pass takes the first due rows, however long the queue has
-- grown while bookings came faster than mails went out.
-- The check spells its values with OR: H2 2.4 refuses writes checked by CHECK ... IN once the connection that created
-- it is closed (h2database #4302), and this table is written on the booking path.
CREATE TABLE scheduling_notice_due (
    booking_id  UUID          NOT NULL,
    sequence    INTEGER       NOT NULL,
    what        VARCHAR(9)    NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INTEGER       NOT NULL,
    next_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_notice_due PRIMARY KEY (booking_id, sequence, what),
    CONSTRAINT ck_scheduling_notice_due_what CHECK (what = 'made' OR what = 'changed' OR what = 'cancelled'
        OR what = 'enrolled')
);

CREATE INDEX ix_scheduling_notice_due_next ON scheduling_notice_due (next_at, due_at);
