-- Documents issued from approved data (issue 8, 1f): the exact PDF once generated for an
-- approval, its SHA-256, who approved it and when. A new approval issues a new row; the
-- same approval is always served from here, so the hash stays verifiable.
create table documents_issued (
    id            bigserial primary key,
    document_type varchar(40)  not null,
    agency_code   varchar(20)  not null,
    fiscal_year   integer      not null,
    language      varchar(2)   not null,
    approved_by   varchar(100) not null,
    approved_at   timestamptz  not null,
    sha256        char(64)     not null,
    size_bytes    integer      not null,
    pdf           bytea        not null,
    issued_by     varchar(100) not null,
    issued_at     timestamptz  not null default now(),
    constraint documents_issued_once unique (document_type, agency_code, fiscal_year, language, approved_at)
);

create index documents_issued_agency on documents_issued (agency_code, fiscal_year);
