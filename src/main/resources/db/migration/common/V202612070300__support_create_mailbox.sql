-- The support mailbox (issue 15, item 7): every mail read from the monitored IMAP mailbox, its attachments,
-- and every mail sent to customers over SMTP.
--
-- support_inbound_mail: one row per mail read, unique by its Message-ID so that a crash between storing a
-- mail and marking it seen on the server, or two polls at once, never store it twice. status:
--   NEW          stored, for the case code to turn into a case (customer_id set when the sender is known)
--   ROUTED       a router took it (reference_id: the record it went to, e.g. the case)
--   TRIAGE       from an unknown sender: someone hands it to a customer or discards it
--   QUARANTINED  not parsed (reason: too-large, broken-mime); the raw mail stays on the server, in the
--                folder Quarantine
--   DISCARDED    put aside from triage by decided_by at decided_at
-- route_pending: stored but not yet offered to the routers (a poll that failed after storing it tries again).
CREATE TABLE support_inbound_mail (
    id             UUID                     NOT NULL,
    message_id     VARCHAR(500)             NOT NULL,
    in_reply_to    VARCHAR(500),
    reference_ids  VARCHAR(4000),
    from_address   VARCHAR(254),
    from_name      VARCHAR(200),
    to_addresses   VARCHAR(2000),
    subject        VARCHAR(500),
    body_text      TEXT,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    reason         VARCHAR(100),
    customer_id    UUID,
    reference_id   UUID,
    route_pending  BOOLEAN                  NOT NULL,
    route_attempts INTEGER                  NOT NULL,
    decided_by     UUID,
    decided_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_support_inbound_mail PRIMARY KEY (id),
    CONSTRAINT uq_support_inbound_mail_message_id UNIQUE (message_id),
    CONSTRAINT ck_support_inbound_mail_status
        CHECK (status IN ('NEW', 'ROUTED', 'TRIAGE', 'QUARANTINED', 'DISCARDED'))
);
CREATE INDEX ix_support_inbound_mail_status ON support_inbound_mail (status, received_at, id);
CREATE INDEX ix_support_inbound_mail_pending ON support_inbound_mail (route_pending);

-- An attachment's name, type and size always; its bytes when it is at most the kept size (10 MB).
CREATE TABLE support_inbound_attachment (
    id           UUID          NOT NULL,
    mail_id      UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    file_name    VARCHAR(255),
    content_type VARCHAR(255)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    content      BYTEA,
    CONSTRAINT pk_support_inbound_attachment PRIMARY KEY (id),
    CONSTRAINT uq_support_inbound_attachment_position UNIQUE (mail_id, position),
    CONSTRAINT fk_support_inbound_attachment_mail FOREIGN KEY (mail_id)
        REFERENCES support_inbound_mail (id) ON DELETE CASCADE
);

-- Every mail sent to a customer: SENT, or FAILED with the reason; a failed one is tried again while
-- next_attempt_at is set. reference_id: the caller's record (e.g. the case).
CREATE TABLE support_outbound_mail (
    id              UUID                     NOT NULL,
    message_id      VARCHAR(500)             NOT NULL,
    reference_id    UUID,
    to_address      VARCHAR(254)             NOT NULL,
    subject         VARCHAR(500)             NOT NULL,
    body_text       TEXT                     NOT NULL,
    body_html       TEXT,
    in_reply_to     VARCHAR(500),
    reference_ids   VARCHAR(4000),
    status          VARCHAR(10)              NOT NULL,
    reason          VARCHAR(500),
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_support_outbound_mail PRIMARY KEY (id),
    CONSTRAINT uq_support_outbound_mail_message_id UNIQUE (message_id),
    CONSTRAINT ck_support_outbound_mail_status CHECK (status IN ('SENT', 'FAILED'))
);
CREATE INDEX ix_support_outbound_mail_reference ON support_outbound_mail (reference_id, created_at);
CREATE INDEX ix_support_outbound_mail_retry ON support_outbound_mail (next_attempt_at);
