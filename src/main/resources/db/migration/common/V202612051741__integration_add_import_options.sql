-- Options an import of orders or payments names for the whole file: the time zone of times without an offset and
-- the currency of amounts without a currency column (issue 13). NULL: the company's time zone, the base currency.
ALTER TABLE integration_import ADD COLUMN time_zone VARCHAR(60);
ALTER TABLE integration_import ADD COLUMN currency VARCHAR(3);
