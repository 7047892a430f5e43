-- The tasks the follow-up rule per value tier created (issue 14, item 8): which customer and which rule (the
-- tier) each is for, so that a customer gets no second open task from the same rule.
CREATE TABLE interaction_tier_follow_up (
    task_id      UUID         NOT NULL,
    customer_id  UUID         NOT NULL,
    tier         VARCHAR(10)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction_tier_follow_up PRIMARY KEY (task_id),
    CONSTRAINT fk_interaction_tier_follow_up_task FOREIGN KEY (task_id) REFERENCES interaction_task (id)
);
CREATE INDEX ix_interaction_tier_follow_up_customer ON interaction_tier_follow_up (customer_id, tier);
