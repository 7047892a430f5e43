-- Published view: each customer's RFM scores (1–5, 5 best) and named segment in the shipped scheme
-- REVENUE_SHARES at its latest snapshotted month end (`period_end`), as that snapshot kept them. The segment is
-- the first of analytics_rfm_segment, in position order, that takes the customer's recency and frequency scores
-- (the segments an analyst keeps take every pair). Customers not active in the window have no row. Like tiers,
-- the scores are the company's: the reader applies its users' value.read reach. Read by the customer module (the
-- list's segment filter). Columns are only ever added, at the end.
CREATE VIEW analytics_customer_rfm_view AS
SELECT s.customer_id, s.r_score, s.f_score, s.m_score, g.code AS segment, s.period_end
  FROM analytics_tier_snapshot s
  JOIN analytics_pyramid_scheme p ON p.id = s.scheme_id
  LEFT JOIN analytics_rfm_segment g
    ON s.r_score BETWEEN g.r_from AND g.r_to AND s.f_score BETWEEN g.f_from AND g.f_to
   AND NOT EXISTS (SELECT 1 FROM analytics_rfm_segment e
                    WHERE e.position < g.position
                      AND s.r_score BETWEEN e.r_from AND e.r_to AND s.f_score BETWEEN e.f_from AND e.f_to)
 WHERE p.code = 'REVENUE_SHARES'
   AND s.r_score IS NOT NULL
   AND s.period_end = (SELECT MAX(t.period_end) FROM analytics_tier_period t WHERE t.scheme_id = s.scheme_id);
