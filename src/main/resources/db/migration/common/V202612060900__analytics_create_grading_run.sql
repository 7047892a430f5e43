-- What the last computation of each grading scheme left (issue 14, the grading report's speed): the as-of day,
-- when, and how many customers got each automatic grade (their sum is how many it graded). Written in the transaction
-- that replaces the scheme's stored grades, so the report reads its counts and as-of day from a few rows
-- instead of counting every stored grade; the overrides in force are applied to these counts when read.
CREATE TABLE analytics_grading_run (
    scheme_id    UUID     NOT NULL,
    as_of        DATE     NOT NULL,
    grade_a      INTEGER  NOT NULL,
    grade_b      INTEGER  NOT NULL,
    grade_c      INTEGER  NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_grading_run PRIMARY KEY (scheme_id),
    CONSTRAINT fk_analytics_grading_run_scheme FOREIGN KEY (scheme_id)
        REFERENCES analytics_grading_scheme (id) ON DELETE CASCADE
);

INSERT INTO analytics_grading_run (scheme_id, as_of, grade_a, grade_b, grade_c, computed_at)
SELECT scheme_id, MAX(as_of),
       SUM(CASE WHEN grade = 'A' THEN 1 ELSE 0 END),
       SUM(CASE WHEN grade = 'B' THEN 1 ELSE 0 END),
       SUM(CASE WHEN grade = 'C' THEN 1 ELSE 0 END),
       MAX(computed_at)
  FROM analytics_customer_grade
 GROUP BY scheme_id;
