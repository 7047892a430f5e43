-- Published view: the named RFM segments an analyst keeps (code, name, the order they are tried in), for the
-- customer list's segment filter (its choices, and whether a code asked for is one). Columns are only ever added,
-- at the end.
CREATE VIEW analytics_rfm_segment_view AS
SELECT g.code, g.name, g.position
  FROM analytics_rfm_segment g;
