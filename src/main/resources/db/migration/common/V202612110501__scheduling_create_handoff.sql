-- Scheduling (issue 17): the hand-off of bookings to another scheduling system (the WSS of the seed).

-- A target the bookings of the coming horizon_days go to: kind FOLDER (folder: an absolute directory on the
-- server) or HTTP (url: http or https; bearer_token: sent as Authorization, never shown back nor logged).
-- org_unit_id: the centre whose subtree is handed off (null: all). formats: ICS, CSV or BOTH. schedule_kind:
-- MINUTES or HOURS (every schedule_every of them) or DAILY (at daily_at, pyra.time-zone). next_run_at: when the
-- schedule runs it next (null while inactive).
CREATE TABLE scheduling_handoff_target (
    id              UUID          NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    org_unit_id     UUID,
    kind            VARCHAR(6)    NOT NULL,
    folder          VARCHAR(500),
    url             VARCHAR(500),
    bearer_token    VARCHAR(500),
    formats         VARCHAR(4)    NOT NULL,
    horizon_days    INTEGER       NOT NULL,
    schedule_kind   VARCHAR(7)    NOT NULL,
    schedule_every  INTEGER,
    daily_at        VARCHAR(5),
    active          BOOLEAN       NOT NULL,
    next_run_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_handoff_target PRIMARY KEY (id),
    CONSTRAINT ck_scheduling_handoff_target_kind CHECK ((kind = 'FOLDER' AND folder IS NOT NULL)
        OR (kind = 'HTTP' AND url IS NOT NULL)),
    CONSTRAINT ck_scheduling_handoff_target_formats CHECK (formats IN ('ICS', 'CSV', 'BOTH')),
    CONSTRAINT ck_scheduling_handoff_target_horizon CHECK (horizon_days BETWEEN 1 AND 90),
    CONSTRAINT ck_scheduling_handoff_target_schedule CHECK (schedule_kind IN ('MINUTES', 'HOURS', 'DAILY'))
);
CREATE INDEX ix_scheduling_handoff_target_due ON scheduling_handoff_target (active, next_run_at);

-- What a target last received of a booking: its sequence, status and the SHA-256 (hex) of what was sent, so
-- that an unchanged booking is not sent again. Written only after the target took the files.
CREATE TABLE scheduling_handoff_sent (
    target_id     UUID          NOT NULL,
    booking_id    UUID          NOT NULL,
    sequence      INTEGER       NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_handoff_sent PRIMARY KEY (target_id, booking_id),
    CONSTRAINT fk_scheduling_handoff_sent_target FOREIGN KEY (target_id) REFERENCES scheduling_handoff_target (id) ON DELETE CASCADE,
    CONSTRAINT fk_scheduling_handoff_sent_booking FOREIGN KEY (booking_id) REFERENCES scheduling_booking (id) ON DELETE CASCADE
);

-- The log: one row per run of a target. status: SENT, NOTHING (nothing new) or FAILED (reason: short, without
-- secrets). trigger: SCHEDULE or MANUAL (started_by: who pressed "Run now"). files: the names written or posted.
CREATE TABLE scheduling_handoff_run (
    id              UUID          NOT NULL,
    target_id       UUID          NOT NULL,
    trigger_kind    VARCHAR(8)    NOT NULL,
    started_by      UUID,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(7)    NOT NULL,
    reason          VARCHAR(300),
    new_count       INTEGER       NOT NULL,
    changed_count   INTEGER       NOT NULL,
    cancelled_count INTEGER       NOT NULL,
    files           VARCHAR(600),
    CONSTRAINT pk_scheduling_handoff_run PRIMARY KEY (id),
    CONSTRAINT fk_scheduling_handoff_run_target FOREIGN KEY (target_id) REFERENCES scheduling_handoff_target (id) ON DELETE CASCADE,
    CONSTRAINT ck_scheduling_handoff_run_status CHECK (status IN ('SENT', 'NOTHING', 'FAILED')),
    CONSTRAINT ck_scheduling_handoff_run_trigger CHECK (trigger_kind IN ('SCHEDULE', 'MANUAL'))
);
CREATE INDEX ix_scheduling_handoff_run_target ON scheduling_handoff_run (target_id, started_at);
