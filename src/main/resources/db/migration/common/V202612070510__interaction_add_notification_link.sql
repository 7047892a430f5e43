-- A notification from another module (a case's SLA warning, breach or escalation) opens that module's
-- page: a path inside Pyra, kept as given (checked to start with a single '/').
ALTER TABLE interaction_notification ADD COLUMN link VARCHAR(300);
