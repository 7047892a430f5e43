-- analytics_customer_day holds only what can be computed again from the sales record (sales_customer_day_view):
-- on PostgreSQL it is UNLOGGED, so that its nightly rebuild writes no WAL for its million rows (issue 14, the
-- rebuild's speed; the rebuild writes a new unlogged table of the same name, columns and key in its place).
-- After a crash, or on a standby or a restored base backup, PostgreSQL leaves it empty; the application
-- rebuilds it when it starts and finds it empty (CustomerDays.restoreIfLost).
ALTER TABLE analytics_customer_day SET UNLOGGED;
