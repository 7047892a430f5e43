-- Orders and contracts, their lines, payment schedules, payments and refunds (issue 13).
-- kind: ORDER, CONTRACT, CREDIT_NOTE; status: DRAFT, SIGNED, ACTIVE, COMPLETED, CANCELLED.
-- An order counts as a sale (or a return, for a credit note) once it is SIGNED, ACTIVE or COMPLETED.
-- Amounts are exact decimals in the order's currency; *_base columns are the same in the base currency
-- at exchange_rate (base units for one unit of currency), kept on the order. customer_id is NULL for an
-- anonymous sale. order_day is the day of ordered_at in the company's time zone (for the analyses).

CREATE SEQUENCE sales_order_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sales_order (
    id                UUID           NOT NULL,
    number            VARCHAR(40)    NOT NULL,
    kind              VARCHAR(12)    NOT NULL,
    status            VARCHAR(12)    NOT NULL,
    customer_id       UUID,
    contact_id        UUID,
    owner_id          UUID,
    org_unit_id       UUID           NOT NULL,
    opportunity_id    UUID,
    original_order_id UUID,
    ordered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    order_day         DATE           NOT NULL,
    currency          VARCHAR(3)     NOT NULL,
    exchange_rate     DECIMAL(19,8)  NOT NULL,
    amount            DECIMAL(21,6)  NOT NULL,
    cost              DECIMAL(21,6)  NOT NULL,
    amount_base       DECIMAL(21,6)  NOT NULL,
    cost_base         DECIMAL(21,6)  NOT NULL,
    paid              DECIMAL(21,6)  NOT NULL,
    refunded          DECIMAL(21,6)  NOT NULL,
    line_count        INTEGER        NOT NULL,
    source            VARCHAR(60),
    course_start      DATE,
    course_end        DATE,
    notes             VARCHAR(2000),
    signed_by         UUID,
    signed_at         TIMESTAMP WITH TIME ZONE,
    cancelled_at      TIMESTAMP WITH TIME ZONE,
    import_id         UUID,
    created_by        UUID,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_order PRIMARY KEY (id),
    CONSTRAINT uq_sales_order_number UNIQUE (number),
    CONSTRAINT fk_sales_order_original FOREIGN KEY (original_order_id) REFERENCES sales_order (id)
);
CREATE INDEX ix_sales_order_customer ON sales_order (customer_id, ordered_at);
CREATE INDEX ix_sales_order_owner ON sales_order (owner_id, ordered_at);
CREATE INDEX ix_sales_order_org_unit ON sales_order (org_unit_id, ordered_at);
CREATE INDEX ix_sales_order_day ON sales_order (order_day, status, kind, amount_base, cost_base, customer_id, org_unit_id, owner_id);
CREATE INDEX ix_sales_order_opportunity ON sales_order (opportunity_id);

-- product_id NULL: a free description. amount = quantity x unit_price x (1 - discount_percent / 100);
-- cost = quantity x unit_cost. Negative quantities only on credit notes.
CREATE TABLE sales_order_line (
    order_id         UUID           NOT NULL,
    line_no          INTEGER        NOT NULL,
    product_id       UUID,
    description      VARCHAR(300),
    quantity         DECIMAL(19,4)  NOT NULL,
    unit_price       DECIMAL(19,6)  NOT NULL,
    discount_percent DECIMAL(7,4)   NOT NULL,
    unit_cost        DECIMAL(19,6)  NOT NULL,
    amount           DECIMAL(21,6)  NOT NULL,
    cost             DECIMAL(21,6)  NOT NULL,
    CONSTRAINT pk_sales_order_line PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_sales_order_line_order FOREIGN KEY (order_id) REFERENCES sales_order (id) ON DELETE CASCADE,
    CONSTRAINT fk_sales_order_line_product FOREIGN KEY (product_id) REFERENCES sales_product (id)
);
CREATE INDEX ix_sales_order_line_product ON sales_order_line (product_id);

-- The payment schedule; an order without one is due in full on its order day.
CREATE TABLE sales_instalment (
    order_id  UUID           NOT NULL,
    seq       INTEGER        NOT NULL,
    due_on    DATE           NOT NULL,
    amount    DECIMAL(21,6)  NOT NULL,
    CONSTRAINT pk_sales_instalment PRIMARY KEY (order_id, seq),
    CONSTRAINT fk_sales_instalment_order FOREIGN KEY (order_id) REFERENCES sales_order (id) ON DELETE CASCADE
);
CREATE INDEX ix_sales_instalment_due ON sales_instalment (due_on, order_id);

-- method: CASH, CARD, TRANSFER, ALIPAY, WECHAT, CHEQUE, OTHER (enum PaymentMethod).
CREATE TABLE sales_payment (
    id          UUID           NOT NULL,
    order_id    UUID           NOT NULL,
    amount      DECIMAL(21,6)  NOT NULL,
    paid_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_on     DATE           NOT NULL,
    method      VARCHAR(12)    NOT NULL,
    prepayment  BOOLEAN        NOT NULL,
    reference   VARCHAR(100),
    created_by  UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_payment PRIMARY KEY (id),
    CONSTRAINT fk_sales_payment_order FOREIGN KEY (order_id) REFERENCES sales_order (id) ON DELETE CASCADE,
    CONSTRAINT ck_sales_payment_positive CHECK (amount > 0)
);
CREATE INDEX ix_sales_payment_order ON sales_payment (order_id, paid_at);

CREATE TABLE sales_refund (
    id           UUID           NOT NULL,
    order_id     UUID           NOT NULL,
    amount       DECIMAL(21,6)  NOT NULL,
    reason       VARCHAR(500)   NOT NULL,
    refunded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    refunded_on  DATE           NOT NULL,
    created_by   UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_refund PRIMARY KEY (id),
    CONSTRAINT fk_sales_refund_order FOREIGN KEY (order_id) REFERENCES sales_order (id) ON DELETE CASCADE,
    CONSTRAINT ck_sales_refund_positive CHECK (amount > 0)
);
CREATE INDEX ix_sales_refund_order ON sales_refund (order_id, refunded_at);
CREATE INDEX ix_sales_refund_day ON sales_refund (refunded_on, order_id);
