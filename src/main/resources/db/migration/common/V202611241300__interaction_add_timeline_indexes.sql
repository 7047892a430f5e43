-- The customer timeline reads a customer's tasks by completion time (the creation time has its index).
CREATE INDEX ix_interaction_task_customer_completed ON interaction_task (customer_id, completed_at, id);
-- Supervision reads each person's tasks due in a period whatever their status, and their open tasks
-- (not completed) due before now, without reading the history of their completed ones.
CREATE INDEX ix_interaction_task_assignee_due ON interaction_task (assignee_id, due_at);
CREATE INDEX ix_interaction_task_assignee_open ON interaction_task (assignee_id, completed_at, due_at);
