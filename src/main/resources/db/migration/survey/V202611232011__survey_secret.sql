-- Server secrets of the survey module that all nodes must share. The access-code secret is
-- generated here on first use only when ita.survey.code-secret (ITA_SURVEY_CODE_SECRET) is
-- not set; production should set it, so that a copy of the database alone cannot be used
-- to test guessed codes against the stored hashes.
create table survey_secret (
    name       varchar(40) not null primary key,
    secret     bytea       not null check (octet_length(secret) >= 32),
    created_at timestamptz not null default now()
);
