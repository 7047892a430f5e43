-- Sectors of companies that buy business products (issue 13: the accounts of an imported sales pipeline
-- name technology, software, marketing, entertainment, employment and services companies; medical, retail,
-- finance and telecommunications map to the existing healthcare, retail, banks and financial institutions,
-- and telecom sectors). Editable by the administrator like the others.
INSERT INTO customer_sector (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8001-000000000101', NULL, 'BUSINESS', 'Business', '商业', 5, TRUE, 0),
    ('00000000-0000-7000-8001-000000000102', '00000000-0000-7000-8001-000000000101', 'TECHNOLOGY', 'Technology', '科技', 1, TRUE, 0),
    ('00000000-0000-7000-8001-000000000103', '00000000-0000-7000-8001-000000000101', 'SOFTWARE', 'Software', '软件', 2, TRUE, 0),
    ('00000000-0000-7000-8001-000000000104', '00000000-0000-7000-8001-000000000101', 'MARKETING', 'Marketing', '市场营销', 3, TRUE, 0),
    ('00000000-0000-7000-8001-000000000105', '00000000-0000-7000-8001-000000000101', 'ENTERTAINMENT', 'Entertainment', '文化娱乐', 4, TRUE, 0),
    ('00000000-0000-7000-8001-000000000106', '00000000-0000-7000-8001-000000000101', 'EMPLOYMENT', 'Employment services', '人力资源服务', 5, TRUE, 0),
    ('00000000-0000-7000-8001-000000000107', '00000000-0000-7000-8001-000000000101', 'BUSINESS_SERVICES', 'Business services', '商务服务', 6, TRUE, 0);
