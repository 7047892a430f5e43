-- Service permissions (issue 15). A case is reached by its assignee (own) and its org unit (the team
-- that handles it), like a customer by owner and org unit.
--   case.read          see cases, their history and the support reports within the scope
--   case.create        open a case for a customer the user may read
--   case.write         work a case: edit, assign, move through its statuses and the complaint steps
--   case.approve       override a priority, approve a compensation above the limit
--   support.configure  SLA policies, business calendars, case taxonomies, the support mailbox
--   knowledge.read     read knowledge-base articles
--   knowledge.write    write and publish knowledge-base articles
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('case.read',         'case',      'read',      700),
    ('case.create',       'case',      'create',    701),
    ('case.write',        'case',      'write',     702),
    ('case.approve',      'case',      'approve',   703),
    ('support.configure', 'support',   'configure', 704),
    ('knowledge.read',    'knowledge', 'read',      710),
    ('knowledge.write',   'knowledge', 'write',     711);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'ADMINISTRATOR'
   AND p.code IN ('case.read', 'case.create', 'case.write', 'case.approve', 'support.configure',
                  'knowledge.read', 'knowledge.write');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'MANAGEMENT'
   AND p.code IN ('case.read', 'case.create', 'case.write', 'case.approve', 'knowledge.read', 'knowledge.write');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CENTRE_PRINCIPAL'
   AND p.code IN ('case.read', 'case.create', 'case.write', 'case.approve');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CENTRE_PRINCIPAL' AND p.code IN ('knowledge.read', 'knowledge.write');

-- The customer-service assistant works the cases of their org unit and writes the knowledge base.
INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ORG_UNIT' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CUSTOMER_SERVICE_ASSISTANT' AND p.code IN ('case.read', 'case.create', 'case.write');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CUSTOMER_SERVICE_ASSISTANT' AND p.code IN ('knowledge.read', 'knowledge.write');

-- Everyone else serving customers opens cases and works the ones assigned to them (a case is seen only where
-- the user also reads its customer). Technicians read no customers, so they get no cases.
INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'OWN' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('FRONT_DESK', 'CALL_CENTRE_AGENT', 'COURSE_CONSULTANT', 'ENROLMENT_SPECIALIST', 'TUTOR',
                  'TEACHER')
   AND p.code IN ('case.read', 'case.create', 'case.write');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'knowledge.read', 'ALL' FROM identity_role r
 WHERE r.code IN ('FRONT_DESK', 'CALL_CENTRE_AGENT', 'COURSE_CONSULTANT', 'ENROLMENT_SPECIALIST', 'TUTOR',
                  'TEACHER', 'TECHNICIAN', 'FINANCE', 'MARKETING');
