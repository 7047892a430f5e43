-- The customer timeline reads a customer's tasks by completion time (the creation time has its index);
-- supervision reads a person's tasks by due time, whatever their status.
CREATE INDEX ix_interaction_task_customer_completed ON interaction_task (customer_id, completed_at, id);
CREATE INDEX ix_interaction_task_assignee_due ON interaction_task (assignee_id, due_at);
