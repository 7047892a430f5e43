-- A reminder mail the mail server did not take is tried again by later reminder runs: how many
-- attempts were made, when the next one is due (none while nothing is left to try), and when the
-- last allowed attempt failed and the mail was given up.
ALTER TABLE interaction_notification ADD COLUMN email_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE interaction_notification ADD COLUMN email_next_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE interaction_notification ADD COLUMN email_failed_at TIMESTAMP WITH TIME ZONE;
