-- Each reminder run looks for the mails due to be tried again: only the few rows waiting for one are indexed.
CREATE INDEX ix_interaction_notification_email_next ON interaction_notification (email_next_at)
    WHERE email_next_at IS NOT NULL;
