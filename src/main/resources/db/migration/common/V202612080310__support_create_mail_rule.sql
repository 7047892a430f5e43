-- What a new mail from a known customer becomes: the first rule whose text is in the mail's subject (or its sender's
-- address) decides, a case or a contact record; with no rule matching it opens a case. At most 50 rules, in order.
CREATE TABLE support_mail_rule (
    id            UUID         NOT NULL,
    position      INTEGER      NOT NULL,
    match_field   VARCHAR(10)  NOT NULL,
    contains_text VARCHAR(200) NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_support_mail_rule PRIMARY KEY (id),
    CONSTRAINT uq_support_mail_rule_position UNIQUE (position),
    CONSTRAINT ck_support_mail_rule_field CHECK (match_field IN ('SUBJECT', 'FROM')),
    CONSTRAINT ck_support_mail_rule_action CHECK (action IN ('CASE', 'CONTACT_RECORD'))
);
