-- Single-use access codes (IIT, and EIT when a round requires them). Only a keyed hash
-- (HMAC-SHA-256 with the server's code secret) of each code is stored, never the code.
-- Anonymity: a row says that a code was used, never when nor by whom, and nothing in the
-- survey response tables refers to it. No id column: the hash is the key, so there is no
-- sequence that could tell the order in which codes were issued or used.
create table survey_access_code (
    hash        bytea       not null primary key check (octet_length(hash) = 32),
    fiscal_year smallint    not null check (fiscal_year between 2500 and 2700),
    agency_code varchar(20) not null,
    instrument  varchar(3)  not null check (instrument in ('IIT', 'EIT')),
    used        boolean     not null default false,
    issued_on   date        not null default current_date
);
create index survey_access_code_scope_ix on survey_access_code (fiscal_year, agency_code, instrument);
