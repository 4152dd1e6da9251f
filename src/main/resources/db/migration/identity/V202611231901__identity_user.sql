create table identity_user (
    id               bigint generated always as identity primary key,
    username         varchar(64) not null,
    password_hash    varchar(200) not null,
    display_name     varchar(200) not null,
    roles            varchar(32)[] not null default '{}',
    agency_code      varchar(20),
    enabled          boolean not null default true,
    failed_attempts  int not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          int not null default 0,
    constraint identity_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
create unique index identity_user_username_uk on identity_user (lower(username));
create index identity_user_agency_ix on identity_user (agency_code);

-- Bearer tokens for the JSON API: only a SHA-256 of the token is kept.
create table identity_api_token (
    token_hash  char(64) primary key,
    user_id     bigint not null references identity_user (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null
);
create index identity_api_token_user_ix on identity_api_token (user_id);
create index identity_api_token_expiry_ix on identity_api_token (expires_at);
