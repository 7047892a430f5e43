-- Published view: each customer's current value tier (TOP, HIGH, MIDDLE, LOW) in the shipped scheme
-- REVENUE_SHARES, as taken at its latest snapshotted month end (`period_end`). Customers without a row in that
-- snapshot (not active in the window, or never bought) have no value tier and are left out. Tiers are the
-- company's: the reader applies its users' value.read reach. Read by the customer module (the known-caller
-- card, the customer page, the list's tier filter and column) and by interaction (My day, follow-up rules by
-- tier). Columns are only ever added, at the end (a grade comes next).
CREATE VIEW analytics_customer_value_view AS
SELECT s.customer_id, s.tier, s.period_end
  FROM analytics_tier_snapshot s
  JOIN analytics_pyramid_scheme p ON p.id = s.scheme_id
 WHERE p.code = 'REVENUE_SHARES'
   AND s.period_end = (SELECT MAX(t.period_end) FROM analytics_tier_period t WHERE t.scheme_id = s.scheme_id);
