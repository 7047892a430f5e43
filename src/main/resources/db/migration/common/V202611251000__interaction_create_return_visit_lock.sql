-- One row per author and customer that a return visit was logged for: logging or correcting a
-- return visit locks it (SELECT ... FOR UPDATE) before counting against the follow-up policy, so
-- that two return visits logged at once are counted one after the other. No foreign keys: taking
-- the lock must not lock the user's or the customer's row in their modules.
CREATE TABLE interaction_return_visit_lock (
    author_id    UUID NOT NULL,
    customer_id  UUID NOT NULL,
    CONSTRAINT pk_interaction_return_visit_lock PRIMARY KEY (author_id, customer_id)
);
