-- On PostgreSQL analytics_customer_day becomes UNLOGGED (see the PostgreSQL migration of this version). H2 writes
-- its tables to its own file as before: nothing changes here.
SELECT 1;
