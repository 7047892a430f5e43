-- A module's tables hold no foreign key to another module's. Each link is checked through the
-- owning module's API when it is written (the customer through CustomerApi, a contact with
-- CustomerApi.isContactOf, assignees, supervisors and roles through IdentityApi; authors and
-- creators are the signed-in user), customers are never deleted (only marked so, or merged), users
-- are deactivated, and what identity or customer may delete is guarded: an org unit with records or
-- jobs, a role with a follow-up policy, a contact named on records (the *DeletionGuard beans).
ALTER TABLE interaction_job DROP CONSTRAINT fk_interaction_job_customer;
ALTER TABLE interaction_job DROP CONSTRAINT fk_interaction_job_org_unit;
ALTER TABLE interaction_job DROP CONSTRAINT fk_interaction_job_created_by;
ALTER TABLE interaction_record DROP CONSTRAINT fk_interaction_record_customer;
ALTER TABLE interaction_record DROP CONSTRAINT fk_interaction_record_contact;
ALTER TABLE interaction_record DROP CONSTRAINT fk_interaction_record_author;
ALTER TABLE interaction_record DROP CONSTRAINT fk_interaction_record_org_unit;
ALTER TABLE interaction_record DROP CONSTRAINT fk_interaction_record_override_by;
ALTER TABLE interaction_task DROP CONSTRAINT fk_interaction_task_customer;
ALTER TABLE interaction_task DROP CONSTRAINT fk_interaction_task_assignee;
ALTER TABLE interaction_task DROP CONSTRAINT fk_interaction_task_created_by;
ALTER TABLE interaction_follow_up_policy DROP CONSTRAINT fk_interaction_follow_up_policy_role;
ALTER TABLE interaction_notification DROP CONSTRAINT fk_interaction_notification_user;
