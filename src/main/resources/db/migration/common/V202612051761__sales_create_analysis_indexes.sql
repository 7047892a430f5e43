-- The sales analysis (issue 13): lost deals and win rates by the day a deal closed, the forecast by the
-- expected close of open deals.
CREATE INDEX ix_sales_opportunity_closed ON sales_opportunity (status, closed_on);
CREATE INDEX ix_sales_opportunity_expected ON sales_opportunity (status, expected_close);
