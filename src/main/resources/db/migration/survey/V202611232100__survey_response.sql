-- Survey responses, anonymous by construction: round, agency, instrument, respondent group,
-- the answers ({"<leaf item code>": <option value>}) and the day of submission. No time of
-- day, no IP, user agent, account, access code or code hash, and a random UUID key, so
-- nothing tells who answered or in which order responses arrived.
create table survey_response (
    id               uuid        not null primary key,
    fiscal_year      smallint    not null check (fiscal_year between 2500 and 2700),
    agency_code      varchar(20) not null,
    instrument       varchar(3)  not null check (instrument in ('IIT', 'EIT')),
    respondent_group varchar(40) not null,
    answers          jsonb       not null check (jsonb_typeof(answers) = 'object'),
    submitted_on     date        not null
);
create index survey_response_scope_ix on survey_response (fiscal_year, agency_code, instrument);

-- One-time form tokens: each rendered survey form carries one; the response is stored only
-- when its token is used in the same transaction, so a double click or a back-and-resubmit
-- stores one response. Only a SHA-256 hash is kept, and the expiry is a day (no time), so a
-- token row cannot be matched to the time a page was served.
create table survey_form_token (
    hash        bytea       not null primary key check (octet_length(hash) = 32),
    fiscal_year smallint    not null,
    agency_code varchar(20) not null,
    instrument  varchar(3)  not null check (instrument in ('IIT', 'EIT')),
    used        boolean     not null default false,
    expires_on  date        not null
);
create index survey_form_token_expiry_ix on survey_form_token (expires_on);
