-- The company's time zone, as analytics' published view needs it: an override "holds until" a day of the
-- company's calendar, and the view's "today" was the database session's (UTC on the server, the JVM's on H2),
-- so from midnight in Shanghai to midnight UTC an override that had run out still held in the view while the
-- grading report, which counts days in the company's zone, had dropped it. Pyra writes the zone of its
-- configuration (pyra.time-zone) here at every start.
CREATE TABLE analytics_company_day (
    id         INTEGER     NOT NULL,
    time_zone  VARCHAR(60) NOT NULL,
    CONSTRAINT pk_analytics_company_day PRIMARY KEY (id),
    CONSTRAINT ck_analytics_company_day_one CHECK (id = 1)
);
INSERT INTO analytics_company_day (id, time_zone) VALUES (1, 'Asia/Shanghai');
