-- The types of contact records an activity pyramid counts (basis ACTIVITY, issue 14: seed 002's author and member
-- pyramids, a community without money): a customer's basis is the number of their contact records of these types in
-- the window, and active means at least one.
CREATE TABLE analytics_scheme_activity_type (
    scheme_id  UUID  NOT NULL,
    type_id    UUID  NOT NULL,
    CONSTRAINT pk_analytics_scheme_activity_type PRIMARY KEY (scheme_id, type_id),
    CONSTRAINT fk_analytics_scheme_activity_type_scheme FOREIGN KEY (scheme_id)
        REFERENCES analytics_pyramid_scheme (id)
);
