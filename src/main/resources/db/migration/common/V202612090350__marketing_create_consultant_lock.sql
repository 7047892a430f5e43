-- One row per consultant who ever had an appointment: a booking or a move locks it (select … for update)
-- before it looks for an overlapping appointment, so two agents booking the same slot at once are served
-- one after the other and exactly one of them gets it.
CREATE TABLE marketing_consultant_lock (
    consultant_id  UUID  NOT NULL,
    CONSTRAINT pk_marketing_consultant_lock PRIMARY KEY (consultant_id)
);
