-- The country (ISO 3166 alpha-2) whose numbering plan reads a phone number written without a country
-- code by the unit's users (a Hong Kong branch: 9123 4567 is +852 9123 4567). Null: as the parent unit;
-- the company at the top falls back to PYRA_DEFAULT_REGION.
ALTER TABLE identity_org_unit ADD COLUMN region VARCHAR(2);
