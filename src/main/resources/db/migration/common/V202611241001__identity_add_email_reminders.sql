-- Whether a user also gets task reminders by email (they always appear in the notification list).
ALTER TABLE identity_user ADD COLUMN email_reminders BOOLEAN DEFAULT FALSE NOT NULL;
