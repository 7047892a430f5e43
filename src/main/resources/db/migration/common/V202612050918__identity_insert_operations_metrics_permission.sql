-- Reading /actuator/prometheus (it names every URI template and the load on each): administrators only.
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('operations.metrics', 'operations', 'metrics', 140);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'operations.metrics', 'ALL' FROM identity_role r WHERE r.code = 'ADMINISTRATOR';
