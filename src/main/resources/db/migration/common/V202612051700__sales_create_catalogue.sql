-- The catalogue (issue 13): products, courses and services, their category tree, the base currency and exchange rates.

CREATE TABLE sales_product_category (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_sales_product_category PRIMARY KEY (id),
    CONSTRAINT uq_sales_product_category_code UNIQUE (code),
    CONSTRAINT fk_sales_product_category_parent FOREIGN KEY (parent_id) REFERENCES sales_product_category (id)
);

-- unit: COURSE, HOUR, PIECE, LICENCE (enum ProductUnit); prices are exact decimals in the product's currency.
CREATE TABLE sales_product (
    id          UUID          NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    category_id UUID,
    unit        VARCHAR(12)   NOT NULL,
    list_price  DECIMAL(19,6),
    unit_cost   DECIMAL(19,6),
    currency    VARCHAR(3)    NOT NULL,
    active      BOOLEAN       NOT NULL,
    valid_from  DATE,
    valid_to    DATE,
    description VARCHAR(2000),
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_product PRIMARY KEY (id),
    CONSTRAINT uq_sales_product_code UNIQUE (code),
    CONSTRAINT fk_sales_product_category FOREIGN KEY (category_id) REFERENCES sales_product_category (id)
);
CREATE INDEX ix_sales_product_category ON sales_product (category_id, code);

-- One row: the company's base currency (first value from PYRA_BASE_CURRENCY, then the administrator's setting).
CREATE TABLE sales_setting (
    id            INTEGER     NOT NULL,
    base_currency VARCHAR(3)  NOT NULL,
    version       BIGINT      NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_setting PRIMARY KEY (id),
    CONSTRAINT ck_sales_setting_one_row CHECK (id = 1)
);

-- rate = units of the base currency for one unit of currency, valid from a day until the next row's day.
CREATE TABLE sales_exchange_rate (
    currency    VARCHAR(3)     NOT NULL,
    valid_from  DATE           NOT NULL,
    rate        DECIMAL(19,8)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_exchange_rate PRIMARY KEY (currency, valid_from),
    CONSTRAINT ck_sales_exchange_rate_positive CHECK (rate > 0)
);
