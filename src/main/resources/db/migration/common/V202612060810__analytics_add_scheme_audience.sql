-- A scheme's audience (issue 14) grows beyond one org unit: a pyramid or a grading scheme ranks the customers
-- who meet all of its parts, every customer when it has none.
--   audience_org_unit_id (already there): the customers of that org unit and the units below it;
--   audience_sector_id: the customers of that sector and its sub-sectors (customer_sector_view's path);
--   analytics_*_audience_field: at most five conditions on the customers' custom fields, each on one field
--     (customer_field_view) and met by a customer with a value (customer_field_value_view) that equals
--     equal_to and lies between min_value and max_value, those given. Values are kept as checked when saved:
--     a number as plain decimal text, a date as 2026-12-31, a yes/no field as true or false, a choice as the
--     choice is written.
ALTER TABLE analytics_pyramid_scheme ADD COLUMN audience_sector_id UUID;
ALTER TABLE analytics_grading_scheme ADD COLUMN audience_sector_id UUID;

CREATE TABLE analytics_pyramid_audience_field (
    scheme_id  UUID          NOT NULL,
    position   INTEGER       NOT NULL,
    field_id   UUID          NOT NULL,
    equal_to   VARCHAR(200),
    min_value  VARCHAR(40),
    max_value  VARCHAR(40),
    CONSTRAINT pk_analytics_pyramid_audience_field PRIMARY KEY (scheme_id, position),
    CONSTRAINT fk_analytics_pyramid_audience_field_scheme FOREIGN KEY (scheme_id)
        REFERENCES analytics_pyramid_scheme (id) ON DELETE CASCADE
);

CREATE TABLE analytics_grading_audience_field (
    scheme_id  UUID          NOT NULL,
    position   INTEGER       NOT NULL,
    field_id   UUID          NOT NULL,
    equal_to   VARCHAR(200),
    min_value  VARCHAR(40),
    max_value  VARCHAR(40),
    CONSTRAINT pk_analytics_grading_audience_field PRIMARY KEY (scheme_id, position),
    CONSTRAINT fk_analytics_grading_audience_field_scheme FOREIGN KEY (scheme_id)
        REFERENCES analytics_grading_scheme (id) ON DELETE CASCADE
);
