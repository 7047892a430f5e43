-- The H2 counterpart of the PostgreSQL prefix index on e-mail addresses: H2's ordinary index already
-- serves "address LIKE 'c777@exa%'", so there is nothing to add; the version keeps both folders in step.
SELECT 1;
