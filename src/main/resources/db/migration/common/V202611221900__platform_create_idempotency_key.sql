CREATE TABLE platform_idempotency_key (
    idempotency_key   VARCHAR(200) NOT NULL,
    user_id           UUID         NOT NULL,
    request_hash      VARCHAR(64)  NOT NULL,
    response_status   INTEGER      NOT NULL,
    resource_location VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_platform_idempotency_key PRIMARY KEY (idempotency_key, user_id)
);
CREATE INDEX ix_platform_idempotency_key_created ON platform_idempotency_key (created_at);
