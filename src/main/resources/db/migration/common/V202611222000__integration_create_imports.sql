CREATE TABLE integration_import (
    id                  UUID          NOT NULL,
    created_by          UUID          NOT NULL,
    created_by_name     VARCHAR(100)  NOT NULL,
    entity              VARCHAR(20)   NOT NULL,
    file_name           VARCHAR(300)  NOT NULL,
    format              VARCHAR(10)   NOT NULL,
    stored_file         VARCHAR(1000) NOT NULL,
    headers             VARCHAR(8000) NOT NULL,
    mapping             VARCHAR(8000),
    mode                VARCHAR(20)   NOT NULL,
    dry_run             BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    total_rows          INTEGER       NOT NULL,
    processed_rows      INTEGER       NOT NULL,
    created_count       INTEGER       NOT NULL,
    updated_count       INTEGER       NOT NULL,
    skipped_count       INTEGER       NOT NULL,
    error_count         INTEGER       NOT NULL,
    last_committed_row  INTEGER       NOT NULL,
    message             VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_integration_import PRIMARY KEY (id),
    CONSTRAINT fk_integration_import_user FOREIGN KEY (created_by) REFERENCES identity_user (id)
);
CREATE INDEX ix_integration_import_user ON integration_import (created_by, created_at);

-- Per-row outcome of a dry run or a commit: create / update / skip / error.
CREATE TABLE integration_import_row (
    import_id   UUID         NOT NULL,
    row_number  INTEGER      NOT NULL,
    action      VARCHAR(10)  NOT NULL,
    label       VARCHAR(300),
    CONSTRAINT pk_integration_import_row PRIMARY KEY (import_id, row_number),
    CONSTRAINT fk_integration_import_row_import FOREIGN KEY (import_id) REFERENCES integration_import (id) ON DELETE CASCADE
);

CREATE TABLE integration_import_error (
    import_id   UUID          NOT NULL,
    row_number  INTEGER       NOT NULL,
    position    INTEGER       NOT NULL,
    column_name VARCHAR(300),
    field       VARCHAR(100),
    rule        VARCHAR(60)   NOT NULL,
    message     VARCHAR(2000) NOT NULL,
    fatal       BOOLEAN       NOT NULL,
    CONSTRAINT pk_integration_import_error PRIMARY KEY (import_id, row_number, position),
    CONSTRAINT fk_integration_import_error_import FOREIGN KEY (import_id) REFERENCES integration_import (id) ON DELETE CASCADE
);

CREATE TABLE integration_import_mapping (
    id          UUID          NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    entity      VARCHAR(20)   NOT NULL,
    mapping     VARCHAR(8000) NOT NULL,
    created_by  UUID          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_integration_import_mapping PRIMARY KEY (id),
    CONSTRAINT uq_integration_import_mapping_name UNIQUE (entity, name)
);
