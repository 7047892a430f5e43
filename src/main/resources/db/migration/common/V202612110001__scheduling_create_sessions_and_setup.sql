-- Scheduling (issue 17): class sessions, enrolments from contracts with attendance, and PC set-up requests.

-- A technician's configuration profile for a group of PCs: operating system, software with versions (one per
-- line, "name version"), security policy.
CREATE TABLE scheduling_setup_profile (
    id                UUID           NOT NULL,
    code              VARCHAR(40)    NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    operating_system  VARCHAR(200)   NOT NULL,
    software          VARCHAR(4000),
    security_policy   VARCHAR(2000),
    active            BOOLEAN        NOT NULL,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_setup_profile PRIMARY KEY (id),
    CONSTRAINT uq_scheduling_setup_profile_code UNIQUE (code)
);

-- A class session: a booking of purpose CLASS_SESSION (its resources and interval) for a course, a catalogue
-- product of sales. kind: GROUP or ONE_TO_ONE (a VIP customer's class booked by service staff). capacity: the
-- most customers enrolled, never above the room's capacity nor the PC set's seats; enrolled counts the enrolments
-- that are not withdrawn (the check keeps it within capacity, whoever enrols at the same moment).
-- setup_profile_id: the profile the session's PCs are set up with beforehand (null: no set-up).
CREATE TABLE scheduling_session (
    id                UUID          NOT NULL,
    booking_id        UUID          NOT NULL,
    product_id        UUID          NOT NULL,
    kind              VARCHAR(12)   NOT NULL,
    capacity          INTEGER       NOT NULL,
    enrolled          INTEGER       NOT NULL,
    setup_profile_id  UUID,
    created_by        UUID,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_session PRIMARY KEY (id),
    CONSTRAINT uq_scheduling_session_booking UNIQUE (booking_id),
    CONSTRAINT fk_scheduling_session_booking FOREIGN KEY (booking_id) REFERENCES scheduling_booking (id) ON DELETE CASCADE,
    CONSTRAINT fk_scheduling_session_profile FOREIGN KEY (setup_profile_id) REFERENCES scheduling_setup_profile (id),
    CONSTRAINT ck_scheduling_session_kind CHECK (kind IN ('GROUP', 'ONE_TO_ONE')),
    CONSTRAINT ck_scheduling_session_capacity CHECK (capacity > 0),
    CONSTRAINT ck_scheduling_session_enrolled CHECK (enrolled >= 0 AND enrolled <= capacity)
);
CREATE INDEX ix_scheduling_session_product ON scheduling_session (product_id);

-- The seats a contract (a sales order of kind CONTRACT) gives for a course: the quantity of its lines of that
-- product, read from sales when the contract's first enrolment is made. used counts the enrolments that are not
-- withdrawn; seat_value is the contract's amount for the course in the base currency divided by seats (what one
-- attended seat earns: the class revenue report spreads a contract over its sessions with it).
CREATE TABLE scheduling_contract_seats (
    order_id     UUID           NOT NULL,
    product_id   UUID           NOT NULL,
    customer_id  UUID           NOT NULL,
    seats        INTEGER        NOT NULL,
    used         INTEGER        NOT NULL,
    seat_value   DECIMAL(21,6)  NOT NULL,
    version      BIGINT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_contract_seats PRIMARY KEY (order_id, product_id),
    CONSTRAINT ck_scheduling_contract_seats_used CHECK (used >= 0 AND used <= seats)
);
CREATE INDEX ix_scheduling_contract_seats_customer ON scheduling_contract_seats (customer_id);

-- A customer enrolled in a session on a contract's seats. status: ENROLLED or WITHDRAWN. attendance: PRESENT,
-- LATE or ABSENT once recorded.
CREATE TABLE scheduling_enrolment (
    id               UUID           NOT NULL,
    session_id       UUID           NOT NULL,
    customer_id      UUID           NOT NULL,
    order_id         UUID           NOT NULL,
    product_id       UUID           NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    attendance       VARCHAR(8),
    attendance_note  VARCHAR(500),
    attendance_by    UUID,
    attendance_at    TIMESTAMP WITH TIME ZONE,
    enrolled_by      UUID,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT         NOT NULL,
    CONSTRAINT pk_scheduling_enrolment PRIMARY KEY (id),
    CONSTRAINT uq_scheduling_enrolment UNIQUE (session_id, customer_id),
    CONSTRAINT fk_scheduling_enrolment_session FOREIGN KEY (session_id) REFERENCES scheduling_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_scheduling_enrolment_seats FOREIGN KEY (order_id, product_id) REFERENCES scheduling_contract_seats (order_id, product_id),
    CONSTRAINT ck_scheduling_enrolment_status CHECK (status IN ('ENROLLED', 'WITHDRAWN')),
    CONSTRAINT ck_scheduling_enrolment_attendance CHECK (attendance IS NULL OR attendance IN ('PRESENT', 'LATE', 'ABSENT'))
);
CREATE INDEX ix_scheduling_enrolment_customer ON scheduling_enrolment (customer_id, enrolled_at);
CREATE INDEX ix_scheduling_enrolment_order ON scheduling_enrolment (order_id, product_id);

-- A set-up request: the technician sets up one PC set of a booking with a profile before it starts (due_at).
-- machines: the PC set's seats when the request was made. status: OPEN, READY (every machine verified),
-- CANCELLED (the booking was cancelled). warned_at: when the instructor was told it was not ready an hour before.
CREATE TABLE scheduling_setup_request (
    id             UUID          NOT NULL,
    booking_id     UUID          NOT NULL,
    resource_id    UUID          NOT NULL,
    profile_id     UUID          NOT NULL,
    org_unit_id    UUID          NOT NULL,
    technician_id  UUID,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    machines       INTEGER       NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    warned_at      TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_setup_request PRIMARY KEY (id),
    CONSTRAINT uq_scheduling_setup_request UNIQUE (booking_id, resource_id),
    CONSTRAINT fk_scheduling_setup_request_booking FOREIGN KEY (booking_id) REFERENCES scheduling_booking (id) ON DELETE CASCADE,
    CONSTRAINT fk_scheduling_setup_request_resource FOREIGN KEY (resource_id) REFERENCES scheduling_resource (id),
    CONSTRAINT fk_scheduling_setup_request_profile FOREIGN KEY (profile_id) REFERENCES scheduling_setup_profile (id),
    CONSTRAINT ck_scheduling_setup_request_status CHECK (status IN ('OPEN', 'READY', 'CANCELLED')),
    CONSTRAINT ck_scheduling_setup_request_machines CHECK (machines > 0)
);
CREATE INDEX ix_scheduling_setup_request_due ON scheduling_setup_request (status, due_at);
CREATE INDEX ix_scheduling_setup_request_unit ON scheduling_setup_request (org_unit_id, due_at);

-- One row per machine of a set-up request (1 … machines). state: PENDING, INSTALLED, VERIFIED, FAILED (note says why).
CREATE TABLE scheduling_setup_machine (
    request_id  UUID          NOT NULL,
    machine_no  INTEGER       NOT NULL,
    state       VARCHAR(10)   NOT NULL,
    note        VARCHAR(500),
    updated_by  UUID,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_setup_machine PRIMARY KEY (request_id, machine_no),
    CONSTRAINT fk_scheduling_setup_machine_request FOREIGN KEY (request_id) REFERENCES scheduling_setup_request (id) ON DELETE CASCADE,
    CONSTRAINT ck_scheduling_setup_machine_state CHECK (state IN ('PENDING', 'INSTALLED', 'VERIFIED', 'FAILED'))
);
