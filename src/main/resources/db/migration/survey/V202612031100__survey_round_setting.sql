-- Per-round survey settings, keyed by the round's fiscal year (B.E.; the default
-- programme). eit_access_codes: EIT respondents need a single-use access code too (IIT
-- always does). A missing row means the defaults (EIT without codes).
create table survey_round_setting (
    fiscal_year      smallint    not null primary key check (fiscal_year between 2500 and 2700),
    eit_access_codes boolean     not null default false,
    updated_at       timestamptz not null default now()
);
