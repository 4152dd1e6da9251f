-- Assessment rounds: a fiscal year (B.E.) of a programme, pinned to one framework version.
-- No foreign keys to other modules' tables: framework and agency codes are references by value.
create table assessment_round (
    programme         varchar(40) not null,
    fiscal_year       int         not null,
    framework_code    varchar(60) not null,
    framework_version int         not null,
    synthetic         boolean     not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    primary key (programme, fiscal_year),
    constraint assessment_round_fiscal_year_check check (fiscal_year between 2557 and 2700)
);

-- The calendar: at most one dated window per activity; windows may overlap.
create table assessment_window (
    programme   varchar(40) not null,
    fiscal_year int         not null,
    activity    varchar(30) not null,
    starts_on   date        not null,
    ends_on     date        not null,
    primary key (programme, fiscal_year, activity),
    foreign key (programme, fiscal_year) references assessment_round (programme, fiscal_year) on delete cascade,
    constraint assessment_window_activity_check check (activity in ('COLLECTION', 'OIT_SUBMISSION', 'OIT_REVIEW',
        'OIT_CLARIFICATION', 'OIT_CONFIRMATION', 'PUBLICATION')),
    constraint assessment_window_order_check check (starts_on <= ends_on)
);

-- Agencies taking part in a round, with their survey populations and the minimum samples
-- the framework's rules ask of them.
create table assessment_enrolment (
    programme      varchar(40) not null,
    fiscal_year    int         not null,
    agency_code    varchar(20) not null,
    iit_population int         not null,
    eit_population int         not null,
    iit_minimum    int         not null,
    eit_minimum    int         not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    primary key (programme, fiscal_year, agency_code),
    foreign key (programme, fiscal_year) references assessment_round (programme, fiscal_year) on delete cascade,
    constraint assessment_enrolment_population_check check (iit_population >= 0 and eit_population >= 0),
    constraint assessment_enrolment_minimum_check check (iit_minimum >= 0 and eit_minimum >= 0)
);

create index assessment_enrolment_agency on assessment_enrolment (agency_code);

-- Results from before the system (imported), for year-over-year views.
create table assessment_history (
    agency_code varchar(20)  not null,
    fiscal_year int          not null,
    ita_score   numeric(5, 2) not null,
    i1          numeric(5, 2),
    i2          numeric(5, 2),
    i3          numeric(5, 2),
    i4          numeric(5, 2),
    i5          numeric(5, 2),
    i6          numeric(5, 2),
    i7          numeric(5, 2),
    i8          numeric(5, 2),
    i9          numeric(5, 2),
    i10         numeric(5, 2),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    primary key (agency_code, fiscal_year),
    constraint assessment_history_score_check check (ita_score between 0 and 100)
);
