-- analytics_customer_value_view gains each customer's current grade (A, B or C) beside the tier: the
-- manager's override while it has not expired, otherwise the grade of the shipped grading scheme ABC as last
-- computed. A customer appears with a tier, a grade or both; a column the customer has no value for is NULL.
-- Grades, like tiers, are the company's: the reader applies its users' value.read reach. Columns of a published
-- view are only ever added, at the end.
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
         WHERE go.expires_on IS NULL OR go.expires_on >= CURRENT_DATE) k
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
              WHERE go.expires_on IS NULL OR go.expires_on >= CURRENT_DATE) o ON o.customer_id = k.customer_id;
