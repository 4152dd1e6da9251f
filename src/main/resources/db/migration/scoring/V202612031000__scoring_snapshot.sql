-- Scoring: one current snapshot per round and agency, and the publication of rounds.
-- Scores at full precision (numeric without scale); the card and the inputs as jsonb so that
-- a recompute from the stored inputs can be compared with the stored numbers.
create table scoring_snapshot (
    fiscal_year        int          not null,
    programme          varchar(40)  not null,
    agency_code        varchar(20)  not null,
    agency_name_th     varchar(300) not null,
    agency_name_en     varchar(300),
    agency_type        varchar(20)  not null,
    region             varchar(20)  not null,
    province           varchar(100) not null,
    framework_code     varchar(60)  not null,
    framework_version  int          not null,
    rules_version      varchar(10)  not null,
    rules_fingerprint  char(64)     not null,
    inputs_fingerprint char(64)     not null,
    ita                numeric,
    ita_rounded        numeric(5, 2),
    grade              varchar(4),
    passed             boolean      not null,
    complete           boolean      not null,
    iit                numeric,
    eit                numeric,
    oit                numeric,
    iit_respondents    int          not null default 0,
    eit_respondents    int          not null default 0,
    card               jsonb        not null,
    inputs             jsonb        not null,
    computed_at        timestamptz  not null default now(),
    constraint scoring_snapshot_pk primary key (fiscal_year, agency_code)
);

create index scoring_snapshot_rank_idx on scoring_snapshot (fiscal_year, ita_rounded desc nulls last, agency_code);
create index scoring_snapshot_filter_idx on scoring_snapshot (fiscal_year, agency_type, region, province);

create table scoring_publication (
    fiscal_year  int          not null primary key,
    published_at timestamptz  not null default now(),
    published_by varchar(100) not null
);
