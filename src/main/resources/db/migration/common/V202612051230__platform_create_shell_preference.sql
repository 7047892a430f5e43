-- How each user left the app shell (the sidebar collapsed or not), so it looks the same on every
-- device they sign in from. Keyed by the sign-in name: the platform knows no user ids.
CREATE TABLE platform_shell_preference (
    username          VARCHAR(254) NOT NULL,
    sidebar_collapsed BOOLEAN      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_platform_shell_preference PRIMARY KEY (username)
);
