-- Scoring: the results API's public answer of each agency (GZIP JSON), built when its
-- round was published, so that a restarted server serves it without building it again
-- from the snapshot (about 0.6-1 ms of CPU each; 30,000 at once after a restart made the
-- public's first reads slow). An answer is served only while the agency's snapshot is the
-- one it was built from (same inputs fingerprint and computed_at); a stale one is ignored.
-- No foreign key to scoring_snapshot: a cascade would add a trigger call to every row of
-- the recompute's bulk delete, and the version check covers what it would.
create table scoring_published_answer (
    fiscal_year        int         not null,
    agency_code        varchar(20) not null,
    inputs_fingerprint char(64)    not null,
    computed_at        timestamptz not null,
    body               bytea       not null,
    constraint scoring_published_answer_pk primary key (fiscal_year, agency_code)
);

-- GZIP already: no second compression attempt
alter table scoring_published_answer alter column body set storage external;
