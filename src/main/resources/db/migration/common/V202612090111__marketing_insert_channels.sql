-- The channels a campaign runs on, shipped in both languages; the administrator and marketing edit them.
INSERT INTO marketing_channel (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8000-000000016001', NULL, 'SEARCH_ADS',   'Search ads',   '搜索广告', 10, TRUE, 0),
    ('00000000-0000-7000-8000-000000016002', NULL, 'SOCIAL_MEDIA', 'Social media', '社交媒体', 20, TRUE, 0),
    ('00000000-0000-7000-8000-000000016003', NULL, 'EVENTS',       'Events',       '活动',     30, TRUE, 0),
    ('00000000-0000-7000-8000-000000016004', NULL, 'SMS',          'SMS',          '短信',     40, TRUE, 0),
    ('00000000-0000-7000-8000-000000016005', NULL, 'EMAIL',        'E-mail',       '电子邮件', 50, TRUE, 0),
    ('00000000-0000-7000-8000-000000016006', NULL, 'PRINT',        'Print',        '印刷品',   60, TRUE, 0),
    ('00000000-0000-7000-8000-000000016007', NULL, 'REFERRAL',     'Referral',     '转介绍',   70, TRUE, 0),
    ('00000000-0000-7000-8000-000000016008', NULL, 'WALK_IN',      'Walk-in',      '上门',     80, TRUE, 0),
    ('00000000-0000-7000-8000-000000016009', NULL, 'PARTNER',      'Partner',      '合作伙伴', 90, TRUE, 0);
