-- Scheduling permissions (issue 17). A resource and a booking belong to an org unit (a centre); a booking is
-- also its booker's own.
--   resource.read       see the resources, their opening hours, closures and an instructor's leave and courses
--   resource.manage     add and change resources, their hours, closures and leave; import holiday calendars
--   booking.read        see bookings, sessions and the calendars
--   booking.write       book resources, move and cancel bookings (recurring series included)
--   session.write       schedule a course's sessions and enrol customers from their contracts
--   attendance.record   record attendance (present, late, absent) per session
--   setup.work          keep configuration profiles and work the set-up checklists of PC groups
--   scheduling.report   see occupancy, utilisation, fill rate and revenue from classes
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('resource.read',     'resource',   'read',   900),
    ('resource.manage',   'resource',   'manage', 901),
    ('booking.read',      'booking',    'read',   910),
    ('booking.write',     'booking',    'write',  911),
    ('session.write',     'session',    'write',  920),
    ('attendance.record', 'attendance', 'record', 921),
    ('setup.work',        'setup',      'work',   930),
    ('scheduling.report', 'scheduling', 'report', 940);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('ADMINISTRATOR', 'MANAGEMENT')
   AND p.code IN ('resource.read', 'resource.manage', 'booking.read', 'booking.write', 'session.write',
                  'attendance.record', 'setup.work', 'scheduling.report');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE (r.code = 'CENTRE_PRINCIPAL'
        AND p.code IN ('resource.read', 'resource.manage', 'booking.read', 'booking.write', 'session.write',
                       'attendance.record', 'setup.work', 'scheduling.report'))
    OR (r.code = 'TECHNICIAN'
        AND p.code IN ('resource.read', 'booking.read', 'setup.work'))
    OR (r.code IN ('TEACHER', 'TUTOR')
        AND p.code IN ('resource.read', 'booking.read', 'attendance.record'))
    OR (r.code IN ('CUSTOMER_SERVICE_ASSISTANT', 'ENROLMENT_SPECIALIST')
        AND p.code IN ('resource.read', 'booking.read', 'booking.write', 'session.write', 'attendance.record'))
    OR (r.code IN ('FRONT_DESK', 'COURSE_CONSULTANT', 'MARKETING')
        AND p.code IN ('resource.read', 'booking.read'))
    OR (r.code = 'FINANCE'
        AND p.code IN ('booking.read', 'scheduling.report'));
