-- analytics_customer_value_view: an override holds until the end of its last day in the company's time zone
-- (analytics_company_day), not the database session's. Same columns as before. (H2 casts a moment to a day in
-- the session's zone even after AT TIME ZONE: the day is written out in the company's zone instead.)
CREATE OR REPLACE VIEW analytics_customer_value_view AS
SELECT k.customer_id, t.tier, t.period_end, COALESCE(o.grade, g.grade) AS grade
  FROM (SELECT s.customer_id
          FROM analytics_tier_snapshot s
          JOIN analytics_pyramid_scheme p ON p.id = s.scheme_id
         WHERE p.code = 'REVENUE_SHARES'
           AND s.period_end = (SELECT MAX(tp.period_end) FROM analytics_tier_period tp WHERE tp.scheme_id = s.scheme_id)
        UNION
        SELECT cg.customer_id
          FROM analytics_customer_grade cg
          JOIN analytics_grading_scheme gs ON gs.id = cg.scheme_id
         WHERE gs.code = 'ABC'
        UNION
        SELECT go.customer_id
          FROM analytics_grade_override go
         WHERE go.expires_on IS NULL OR go.expires_on >= CAST(FORMATDATETIME(CURRENT_TIMESTAMP, 'yyyy-MM-dd', 'en', (SELECT d.time_zone FROM analytics_company_day d WHERE d.id = 1)) AS DATE)) k
  LEFT JOIN (SELECT s.customer_id, s.tier, s.period_end
               FROM analytics_tier_snapshot s
               JOIN analytics_pyramid_scheme p ON p.id = s.scheme_id
              WHERE p.code = 'REVENUE_SHARES'
                AND s.period_end = (SELECT MAX(tp.period_end) FROM analytics_tier_period tp
                                     WHERE tp.scheme_id = s.scheme_id)) t ON t.customer_id = k.customer_id
  LEFT JOIN (SELECT cg.customer_id, cg.grade
               FROM analytics_customer_grade cg
               JOIN analytics_grading_scheme gs ON gs.id = cg.scheme_id
              WHERE gs.code = 'ABC') g ON g.customer_id = k.customer_id
  LEFT JOIN (SELECT go.customer_id, go.grade
               FROM analytics_grade_override go
              WHERE go.expires_on IS NULL OR go.expires_on >= CAST(FORMATDATETIME(CURRENT_TIMESTAMP, 'yyyy-MM-dd', 'en', (SELECT d.time_zone FROM analytics_company_day d WHERE d.id = 1)) AS DATE)) o ON o.customer_id = k.customer_id;
