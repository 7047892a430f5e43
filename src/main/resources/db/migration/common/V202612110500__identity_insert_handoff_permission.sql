-- Scheduling (issue 17): the permission to hand bookings off to another scheduling system (the WSS of the seed).
--   handoff.manage   keep hand-off targets, run them and read their log (the administrator)
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES ('handoff.manage', 'handoff', 'manage', 950);
INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'handoff.manage', 'ALL' FROM identity_role r WHERE r.code = 'ADMINISTRATOR';
