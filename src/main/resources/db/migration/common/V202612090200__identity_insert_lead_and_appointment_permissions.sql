-- Marketing permissions for leads, appointments and mailings (issue 16). A lead is reached by its owner (own)
-- and its org unit; an appointment by the agent who booked it and the consultant who receives it (own) and by
-- its centre (an org unit).
--   lead.read            see leads, their history and duplicates within the scope
--   lead.write           record, change, import, disqualify and convert leads
--   appointment.read     see appointments, a consultant's free slots and a centre's visitors of the day
--   appointment.write    book, reschedule and cancel appointments
--   appointment.receive  record a visitor's arrival or no-show (the front desk) and the consultation
--   mailing.send         send a campaign's mailing or SMS to an audience
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('lead.read',           'lead',        'read',    810),
    ('lead.write',          'lead',        'write',   811),
    ('appointment.read',    'appointment', 'read',    820),
    ('appointment.write',   'appointment', 'write',   821),
    ('appointment.receive', 'appointment', 'receive', 822),
    ('mailing.send',        'mailing',     'send',    830);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('ADMINISTRATOR', 'MANAGEMENT')
   AND p.code IN ('lead.read', 'lead.write', 'appointment.read', 'appointment.write', 'appointment.receive',
                  'mailing.send');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE (r.code = 'MARKETING'
        AND p.code IN ('lead.read', 'lead.write', 'appointment.read', 'mailing.send'))
    OR (r.code = 'CALL_CENTRE_AGENT'
        AND p.code IN ('lead.read', 'lead.write', 'appointment.read', 'appointment.write'))
    OR (r.code = 'FRONT_DESK'
        AND p.code IN ('lead.read', 'appointment.read', 'appointment.receive'))
    OR (r.code = 'COURSE_CONSULTANT'
        AND p.code IN ('lead.read', 'appointment.read', 'appointment.receive'))
    OR (r.code = 'ENROLMENT_SPECIALIST'
        AND p.code IN ('lead.read', 'appointment.read'))
    OR (r.code = 'CENTRE_PRINCIPAL'
        AND p.code IN ('lead.read', 'lead.write', 'appointment.read', 'appointment.write', 'appointment.receive'));
