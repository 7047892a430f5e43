-- A user's request, from the known-caller screen, for access to a customer they may not open, or
-- their notice to its owner that it called: one per user, customer, kind and day, so that a double
-- click does not notify twice.
CREATE TABLE customer_access_request (
    id           UUID        NOT NULL,
    customer_id  UUID        NOT NULL,
    requester_id UUID        NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    requested_on DATE        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_customer_access_request PRIMARY KEY (id),
    CONSTRAINT uq_customer_access_request_day UNIQUE (customer_id, requester_id, kind, requested_on),
    CONSTRAINT fk_customer_access_request_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id),
    CONSTRAINT ck_customer_access_request_kind CHECK (kind IN ('REQUEST_ACCESS', 'NOTIFY_OWNER'))
);
