-- Framework versions: one row per code and version, the whole tree as canonical JSON.
-- A version that a round has pinned can never change (guarded below as well as in code).
create table framework_version (
	code            varchar(64)  not null,
	version         integer      not null check (version >= 1),
	programme       varchar(64)  not null,
	fiscal_year     integer      not null,
	name_th         text         not null,
	name_en         text,
	pinned          boolean      not null default false,
	imported_at     timestamptz  not null default now(),
	content_sha256  char(64)     not null,
	definition      jsonb        not null,
	primary key (code, version)
);

create index framework_version_fiscal_year on framework_version (fiscal_year desc, code, version desc);

create function framework_version_guard() returns trigger language plpgsql as $$
begin
	if tg_op = 'DELETE' and old.pinned then
		raise exception 'framework % v% is pinned by a round and cannot be deleted', old.code, old.version;
	end if;
	if tg_op = 'UPDATE' and old.pinned and (new.content_sha256 <> old.content_sha256 or not new.pinned) then
		raise exception 'framework % v% is pinned by a round and cannot change', old.code, old.version;
	end if;
	return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger framework_version_guard before update or delete on framework_version
	for each row execute function framework_version_guard();
