-- The registry of assessed agencies. Thai text sorts in dictionary order with the ICU Thai collation,
-- and substring search (ILIKE '%...%') uses trigram GIN indexes.
create extension if not exists pg_trgm;

create table agency_agency (
    code          varchar(20) primary key,
    name_th       varchar(300) collate "th-TH-x-icu" not null,
    short_name_th varchar(200) collate "th-TH-x-icu",
    name_en       varchar(300),
    type          varchar(20) not null,
    province_th   varchar(100) collate "th-TH-x-icu" not null,
    region        varchar(20) not null,
    parent_code   varchar(20),
    staff_count   int,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint agency_agency_code_format check (code ~ '^[A-Za-z0-9._-]{1,20}$'),
    constraint agency_agency_type_check
        check (type in ('PRIMARY_ESA', 'SECONDARY_ESA', 'CENTRAL', 'SCHOOL', 'OTHER')),
    constraint agency_agency_region_check
        check (region in ('NORTH', 'NORTHEAST', 'CENTRAL', 'EAST', 'WEST', 'SOUTH')),
    constraint agency_agency_staff_count_check check (staff_count is null or staff_count >= 0),
    constraint agency_agency_parent_fk foreign key (parent_code) references agency_agency (code)
        deferrable initially deferred,
    constraint agency_agency_parent_not_self check (parent_code is null or parent_code <> code)
);

create index agency_agency_name_th_trgm on agency_agency using gin (name_th gin_trgm_ops);
create index agency_agency_short_name_th_trgm on agency_agency using gin (short_name_th gin_trgm_ops);
create index agency_agency_name_en_trgm on agency_agency using gin (name_en gin_trgm_ops);
create index agency_agency_code_trgm on agency_agency using gin (code gin_trgm_ops);
create index agency_agency_type_ix on agency_agency (type);
create index agency_agency_region_ix on agency_agency (region);
create index agency_agency_province_ix on agency_agency (province_th);
create index agency_agency_parent_ix on agency_agency (parent_code);
