-- Files attached to a case by the staff who work it (a photo of the broken projector, the signed form): at most
-- 20 per case, each at most 10 MB, kept in the database with the case and removed with it.
CREATE TABLE support_case_attachment (
    id           UUID                     NOT NULL,
    case_id      UUID                     NOT NULL,
    file_name    VARCHAR(255)             NOT NULL,
    content_type VARCHAR(255)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    content      BYTEA                    NOT NULL,
    uploaded_by  UUID                     NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_support_case_attachment PRIMARY KEY (id),
    CONSTRAINT fk_support_case_attachment_case FOREIGN KEY (case_id) REFERENCES support_case (id) ON DELETE CASCADE,
    CONSTRAINT ck_support_case_attachment_size CHECK (size_bytes > 0)
);

CREATE INDEX ix_support_case_attachment_case ON support_case_attachment (case_id, uploaded_at);
