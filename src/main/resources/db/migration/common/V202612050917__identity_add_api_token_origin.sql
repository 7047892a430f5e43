-- Whether a token was created by its owner (PERSONAL) or handed out by POST /api/v1/auth/token in
-- exchange for the password (SIGN_IN): a change of password ends the latter in any case.
ALTER TABLE identity_api_token ADD COLUMN origin VARCHAR(20) DEFAULT 'PERSONAL' NOT NULL;
UPDATE identity_api_token SET origin = 'SIGN_IN' WHERE name = 'API sign-in';
