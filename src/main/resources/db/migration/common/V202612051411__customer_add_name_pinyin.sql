-- The pinyin of a customer's name, for the global search ("wang", "wangxiaoming", "wxm" find 王小明):
-- each reading in full, then its initials, lower case, no tones, separated by spaces (polyphonic
-- characters give several readings, a bounded number). Empty for a name without Chinese characters;
-- null for a row not yet computed (the start-up backfill fills those in).
ALTER TABLE customer_customer ADD COLUMN name_pinyin VARCHAR(2000);
