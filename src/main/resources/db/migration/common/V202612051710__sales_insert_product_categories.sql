-- The shipped product categories of a training and service business (issue 13); the administrator edits them.
INSERT INTO sales_product_category (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8000-000000171001', NULL, 'COURSES',  'Courses',  '课程', 10, TRUE, 0),
    ('00000000-0000-7000-8000-000000171002', NULL, 'SERVICES', 'Services', '服务', 20, TRUE, 0),
    ('00000000-0000-7000-8000-000000171003', NULL, 'GOODS',    'Goods',    '货品', 30, TRUE, 0);

INSERT INTO sales_product_category (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8000-000000171011', '00000000-0000-7000-8000-000000171001', 'ENGLISH',          'English',             '英语',       10, TRUE, 0),
    ('00000000-0000-7000-8000-000000171012', '00000000-0000-7000-8000-000000171001', 'BUSINESS_ENGLISH', 'Business English',    '商务英语',   20, TRUE, 0),
    ('00000000-0000-7000-8000-000000171013', '00000000-0000-7000-8000-000000171001', 'IT_TRAINING',      'IT training',         'IT 培训',    30, TRUE, 0),
    ('00000000-0000-7000-8000-000000171014', '00000000-0000-7000-8000-000000171001', 'EXAM_PREPARATION', 'Exam preparation',    '考试辅导',   40, TRUE, 0),
    ('00000000-0000-7000-8000-000000171021', '00000000-0000-7000-8000-000000171002', 'CONSULTING',       'Consulting',          '顾问服务',   10, TRUE, 0),
    ('00000000-0000-7000-8000-000000171022', '00000000-0000-7000-8000-000000171002', 'MAINTENANCE',      'Maintenance',         '维护服务',   20, TRUE, 0),
    ('00000000-0000-7000-8000-000000171031', '00000000-0000-7000-8000-000000171003', 'BOOKS_MATERIALS',  'Books and materials', '教材与资料', 10, TRUE, 0),
    ('00000000-0000-7000-8000-000000171032', '00000000-0000-7000-8000-000000171003', 'SOFTWARE_LICENCES','Software licences',   '软件许可',   20, TRUE, 0);
