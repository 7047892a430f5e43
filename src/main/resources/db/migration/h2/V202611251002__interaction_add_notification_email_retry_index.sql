-- The H2 counterpart of PostgreSQL's partial index on the mails due to be tried again (H2 has no
-- partial indexes, so every row is indexed).
CREATE INDEX ix_interaction_notification_email_next ON interaction_notification (email_next_at);
