-- Shipped pipelines (issue 13), lost reasons and sources; all editable by the administrator.
INSERT INTO sales_pipeline (id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8000-000000013001', 'TRAINING', 'Training enrolment', '培训报名', 10, TRUE, 0),
    ('00000000-0000-7000-8000-000000013002', 'B2B',      'B2B',                '企业销售', 20, TRUE, 0);

INSERT INTO sales_pipeline_stage (id, pipeline_id, code, name_en, name_zh, sort_order, probability, outcome, active, version) VALUES
    ('00000000-0000-7000-8000-000000013101', '00000000-0000-7000-8000-000000013001', 'INQUIRY',       'Inquiry',       '咨询',   10,  10, 'OPEN', TRUE, 0),
    ('00000000-0000-7000-8000-000000013102', '00000000-0000-7000-8000-000000013001', 'VISIT',         'Visit',         '到访',   20,  25, 'OPEN', TRUE, 0),
    ('00000000-0000-7000-8000-000000013103', '00000000-0000-7000-8000-000000013001', 'CONSULTATION',  'Consultation',  '面谈',   30,  40, 'OPEN', TRUE, 0),
    ('00000000-0000-7000-8000-000000013104', '00000000-0000-7000-8000-000000013001', 'PROPOSAL',      'Proposal',      '方案',   40,  60, 'OPEN', TRUE, 0),
    ('00000000-0000-7000-8000-000000013105', '00000000-0000-7000-8000-000000013001', 'CONTRACT',      'Contract',      '签约',   50, 100, 'WON',  TRUE, 0),
    ('00000000-0000-7000-8000-000000013106', '00000000-0000-7000-8000-000000013001', 'LOST',          'Lost',          '丢单',   60,   0, 'LOST', TRUE, 0),
    ('00000000-0000-7000-8000-000000013201', '00000000-0000-7000-8000-000000013002', 'PROSPECTING',   'Prospecting',   '寻找客户', 10,  10, 'OPEN', TRUE, 0),
    ('00000000-0000-7000-8000-000000013202', '00000000-0000-7000-8000-000000013002', 'ENGAGING',      'Engaging',      '接洽',   20,  30, 'OPEN', TRUE, 0),
    ('00000000-0000-7000-8000-000000013203', '00000000-0000-7000-8000-000000013002', 'PROPOSAL',      'Proposal',      '方案',   30,  60, 'OPEN', TRUE, 0),
    ('00000000-0000-7000-8000-000000013204', '00000000-0000-7000-8000-000000013002', 'WON',           'Won',           '赢单',   40, 100, 'WON',  TRUE, 0),
    ('00000000-0000-7000-8000-000000013205', '00000000-0000-7000-8000-000000013002', 'LOST',          'Lost',          '丢单',   50,   0, 'LOST', TRUE, 0);

INSERT INTO sales_lost_reason (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8000-000000013301', NULL, 'PRICE',       'Price',                '价格',       10, TRUE, 0),
    ('00000000-0000-7000-8000-000000013302', NULL, 'COMPETITOR',  'Chose a competitor',   '选择了竞争对手', 20, TRUE, 0),
    ('00000000-0000-7000-8000-000000013303', NULL, 'TIMING',      'Timing',               '时机不合适',   30, TRUE, 0),
    ('00000000-0000-7000-8000-000000013304', NULL, 'NO_BUDGET',   'No budget',            '没有预算',     40, TRUE, 0),
    ('00000000-0000-7000-8000-000000013305', NULL, 'NO_DECISION', 'No decision',          '迟迟未决定',   50, TRUE, 0),
    ('00000000-0000-7000-8000-000000013306', NULL, 'PRODUCT_FIT', 'Offer did not fit',    '产品不合需求', 60, TRUE, 0),
    ('00000000-0000-7000-8000-000000013307', NULL, 'OTHER',       'Other',                '其他',         90, TRUE, 0);

INSERT INTO sales_source (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8000-000000013401', NULL, 'WALK_IN',     'Walk-in',             '上门',     10, TRUE, 0),
    ('00000000-0000-7000-8000-000000013402', NULL, 'PHONE',       'Phone inquiry',       '电话咨询', 20, TRUE, 0),
    ('00000000-0000-7000-8000-000000013403', NULL, 'WEB',         'Website',             '网站',     30, TRUE, 0),
    ('00000000-0000-7000-8000-000000013404', NULL, 'REFERRAL',    'Referral',            '转介绍',   40, TRUE, 0),
    ('00000000-0000-7000-8000-000000013405', NULL, 'CAMPAIGN',    'Campaign',            '市场活动', 50, TRUE, 0),
    ('00000000-0000-7000-8000-000000013406', NULL, 'PARTNER',     'Partner',             '合作伙伴', 60, TRUE, 0),
    ('00000000-0000-7000-8000-000000013407', NULL, 'EXISTING',    'Existing customer',   '老客户',   70, TRUE, 0),
    ('00000000-0000-7000-8000-000000013408', NULL, 'ONLINE_SHOP', 'Online shop',         '网店',     80, TRUE, 0);
