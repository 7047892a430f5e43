-- The knowledge base (issue 15, item 6): articles in Markdown, their category tree, their tags, the terms the
-- search and the suggestions match (written with the article), and the links from cases to articles.

CREATE TABLE support_article_category (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_support_article_category PRIMARY KEY (id),
    CONSTRAINT uq_support_article_category_code UNIQUE (code),
    CONSTRAINT fk_support_article_category_parent FOREIGN KEY (parent_id) REFERENCES support_article_category (id)
);

-- language: en or zh-CN; audience: INTERNAL or CUSTOMER (customer-visible, for the portal); status: DRAFT or
-- PUBLISHED. author_id is an identity user (no foreign key across modules). tags repeats the tags for the
-- audit log and the pages, one per line; support_article_tag holds them for the filter.
CREATE TABLE support_article (
    id            UUID            NOT NULL,
    title         VARCHAR(200)    NOT NULL,
    body          VARCHAR(100000) NOT NULL,
    category_id   UUID,
    tags          VARCHAR(1000)   NOT NULL,
    language      VARCHAR(10)     NOT NULL,
    audience      VARCHAR(10)     NOT NULL,
    status        VARCHAR(10)     NOT NULL,
    author_id     UUID            NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT          NOT NULL,
    CONSTRAINT pk_support_article PRIMARY KEY (id),
    CONSTRAINT fk_support_article_category FOREIGN KEY (category_id) REFERENCES support_article_category (id),
    CONSTRAINT ck_support_article_language CHECK (language IN ('en', 'zh-CN')),
    CONSTRAINT ck_support_article_audience CHECK (audience IN ('INTERNAL', 'CUSTOMER')),
    CONSTRAINT ck_support_article_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
);

CREATE INDEX ix_support_article_updated ON support_article (updated_at, id);
CREATE INDEX ix_support_article_category ON support_article (category_id);

CREATE TABLE support_article_tag (
    article_id  UUID        NOT NULL,
    tag         VARCHAR(40) NOT NULL,
    CONSTRAINT pk_support_article_tag PRIMARY KEY (article_id, tag),
    CONSTRAINT fk_support_article_tag_article FOREIGN KEY (article_id) REFERENCES support_article (id) ON DELETE CASCADE
);

CREATE INDEX ix_support_article_tag_tag ON support_article_tag (tag);

-- One row per distinct term of an article: lower-cased Latin words (lightly stemmed) and Chinese characters
-- and character pairs, weighted by where they occur (the title above the tags above the body).
CREATE TABLE support_article_term (
    article_id  UUID        NOT NULL,
    term        VARCHAR(60) NOT NULL,
    weight      INTEGER     NOT NULL,
    CONSTRAINT pk_support_article_term PRIMARY KEY (article_id, term),
    CONSTRAINT fk_support_article_term_article FOREIGN KEY (article_id) REFERENCES support_article (id) ON DELETE CASCADE
);

CREATE INDEX ix_support_article_term_term ON support_article_term (term, article_id, weight);

-- A case's articles. case_id is a support case (no foreign key: the cases are written beside this); linked_by
-- an identity user.
CREATE TABLE support_case_article (
    case_id     UUID NOT NULL,
    article_id  UUID NOT NULL,
    linked_by   UUID NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_support_case_article PRIMARY KEY (case_id, article_id),
    CONSTRAINT fk_support_case_article_article FOREIGN KEY (article_id) REFERENCES support_article (id) ON DELETE CASCADE
);

CREATE INDEX ix_support_case_article_article ON support_case_article (article_id);
