-- The import of past support cases (issue 15, item 8) names for the whole file who works the cases:
-- the team (an org unit, whose business calendar the SLA deadlines follow) and the assignee (a user);
-- null: the importing user and their org unit. Checked through identity's API, no foreign key.
ALTER TABLE integration_import ADD COLUMN case_team_id UUID;
ALTER TABLE integration_import ADD COLUMN case_assignee_id UUID;
