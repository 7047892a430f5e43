-- The case taxonomies of the support module (issue 15, item 1): case categories (what a case is about) and root
-- causes (why it happened, required to close a complaint). Both are platform.taxonomy trees of the standard shape,
-- editable by whoever holds support.configure. The shipped trees come from the sources' training centre, language
-- school and consultancy: seed 001's complaints (teaching quality after teacher changes, sales consultants who
-- promised too much, tutoring and scheduling not followed through, refunds) and seed 004's prevention step
-- (find the cause of every complaint: people, process, communication, product, system, expectation).
CREATE TABLE support_case_category (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_support_case_category PRIMARY KEY (id),
    CONSTRAINT uq_support_case_category_code UNIQUE (code),
    CONSTRAINT fk_support_case_category_parent FOREIGN KEY (parent_id) REFERENCES support_case_category (id)
);

CREATE TABLE support_root_cause (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_support_root_cause PRIMARY KEY (id),
    CONSTRAINT uq_support_root_cause_code UNIQUE (code),
    CONSTRAINT fk_support_root_cause_parent FOREIGN KEY (parent_id) REFERENCES support_root_cause (id)
);

INSERT INTO support_case_category (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('01a25c00-0000-7000-8000-000000000100', NULL, 'TEACHING', 'Teaching', '教学', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000200', NULL, 'SERVICE', 'Service', '服务', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000300', NULL, 'BILLING', 'Billing and refunds', '收费与退款', 30, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000400', NULL, 'FACILITIES', 'Facilities', '场地设施', 40, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000500', NULL, 'TECHNICAL', 'Technical', '技术问题', 50, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000600', NULL, 'PROJECT', 'Consulting and project delivery', '咨询与项目交付', 60, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000900', NULL, 'OTHER', 'Other', '其他', 90, TRUE, 0);

INSERT INTO support_case_category (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('01a25c00-0000-7000-8000-000000000101', '01a25c00-0000-7000-8000-000000000100', 'TEACHING_QUALITY', 'Teaching quality', '教学质量', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000102', '01a25c00-0000-7000-8000-000000000100', 'TEACHER_CHANGE', 'Teacher change', '更换老师', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000103', '01a25c00-0000-7000-8000-000000000100', 'COURSE_CONTENT', 'Course content', '课程内容', 30, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000104', '01a25c00-0000-7000-8000-000000000100', 'LEARNING_RESULTS', 'Learning results', '学习效果', 40, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000201', '01a25c00-0000-7000-8000-000000000200', 'SCHEDULING', 'Scheduling', '排课与时间安排', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000202', '01a25c00-0000-7000-8000-000000000200', 'STAFF_ATTITUDE', 'Staff attitude', '服务态度', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000203', '01a25c00-0000-7000-8000-000000000200', 'SALES_PROMISE', 'Promises made at sale', '销售承诺', 30, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000204', '01a25c00-0000-7000-8000-000000000200', 'TUTORING_FOLLOW_UP', 'Tutoring and follow-up', '辅导与跟进', 40, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000301', '01a25c00-0000-7000-8000-000000000300', 'BILLING_ERROR', 'Billing error', '收费错误', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000302', '01a25c00-0000-7000-8000-000000000300', 'REFUND_REQUEST', 'Refund request', '退款申请', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000501', '01a25c00-0000-7000-8000-000000000500', 'ONLINE_PLATFORM', 'Online learning platform', '在线学习平台', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000502', '01a25c00-0000-7000-8000-000000000500', 'ACCOUNT_ACCESS', 'Account and sign-in', '账号与登录', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000601', '01a25c00-0000-7000-8000-000000000600', 'DELIVERY_DELAY', 'Delivery delay', '交付延误', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000000602', '01a25c00-0000-7000-8000-000000000600', 'MAINTENANCE_REQUEST', 'Maintenance request', '维护请求', 20, TRUE, 0);

INSERT INTO support_root_cause (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('01a25c00-0000-7000-8000-000000001100', NULL, 'PEOPLE', 'People', '人员', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001200', NULL, 'PROCESS', 'Process', '流程', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001300', NULL, 'COMMUNICATION', 'Communication', '沟通', 30, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001400', NULL, 'PRODUCT', 'Product or course', '产品或课程', 40, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001500', NULL, 'SYSTEM', 'System or equipment', '系统或设备', 50, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001600', NULL, 'CUSTOMER_EXPECTATION', 'Customer expectation', '客户期望', 60, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001700', NULL, 'THIRD_PARTY', 'Third party', '第三方', 70, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001900', NULL, 'OTHER', 'Other', '其他', 90, TRUE, 0);

INSERT INTO support_root_cause (id, parent_id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('01a25c00-0000-7000-8000-000000001101', '01a25c00-0000-7000-8000-000000001100', 'STAFF_TURNOVER', 'Staff turnover', '人员流动', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001102', '01a25c00-0000-7000-8000-000000001100', 'TRAINING', 'Insufficient training', '培训不足', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001103', '01a25c00-0000-7000-8000-000000001100', 'WORKLOAD', 'Workload', '工作负荷过重', 30, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001201', '01a25c00-0000-7000-8000-000000001200', 'PROCESS_GAP', 'Process missing or unclear', '流程缺失或不清', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001202', '01a25c00-0000-7000-8000-000000001200', 'PROCESS_NOT_FOLLOWED', 'Process not followed', '未按流程执行', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001203', '01a25c00-0000-7000-8000-000000001200', 'UNCLEAR_RESPONSIBILITY', 'Unclear responsibility', '职责不明', 30, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001301', '01a25c00-0000-7000-8000-000000001300', 'OVER_PROMISE', 'Over-promising', '过度承诺', 10, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001302', '01a25c00-0000-7000-8000-000000001300', 'HANDOVER', 'Handover between roles', '岗位间交接不到位', 20, TRUE, 0),
    ('01a25c00-0000-7000-8000-000000001303', '01a25c00-0000-7000-8000-000000001300', 'LATE_FOLLOW_UP', 'Late follow-up', '跟进不及时', 30, TRUE, 0);
