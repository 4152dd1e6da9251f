-- Incremental answer counts: per round, agency and instrument, how many responses count
-- (not excluded) and how many of them gave each item each integer value, as three parallel
-- arrays (aligned, in no particular order). A full recompute of a round reads these few rows per
-- agency instead of expanding every response's jsonb. Counts only: no response id, no day,
-- no respondent group and no timestamp, so nothing here says who answered or when.
-- Maintained in the writing transaction by the statement triggers below: responses
-- inserted (the API's group commit, any INSERT or COPY), exclusions inserted (minus) and
-- deleted (plus, while the response exists). Responses are never updated or deleted by the
-- application; survey_answer_count_rebuild(year, instrument) recomputes a round from
-- scratch (the backfill below, and bulk loads that bypass triggers).
create table survey_answer_count (
    fiscal_year smallint    not null,
    agency_code varchar(20) not null,
    instrument  varchar(3)  not null check (instrument in ('IIT', 'EIT')),
    respondents int         not null,
    items       text[]      not null,
    vals        int[]       not null,
    counts      int[]       not null,
    constraint survey_answer_count_pk primary key (fiscal_year, agency_code, instrument)
);

-- Adds delta times the given responses to the counts, one upsert, rows locked in key order (two
-- writers cannot deadlock on them). Values that are not integers are not counted. PL/pgSQL
-- so that the plan is cached per connection.
create function survey_answer_count_apply(delta int, batch survey_response[]) returns void
language plpgsql as $$
begin
    with src as (select * from unnest(batch)),
    resp as (select fiscal_year, agency_code, instrument, count(*) as n from src group by 1, 2, 3),
    answer as (
        select s.fiscal_year, s.agency_code, s.instrument, a.key as item, a.value::int as val, count(*) as n
        from src s, jsonb_each_text(s.answers) a
        where a.value ~ '^-?[0-9]{1,9}$'
        group by 1, 2, 3, 4, 5),
    agg as (
        select fiscal_year, agency_code, instrument, array_agg(item) as items, array_agg(val) as vals,
               array_agg(delta * n::int) as counts
        from answer group by 1, 2, 3)
    insert into survey_answer_count as c (fiscal_year, agency_code, instrument, respondents, items, vals, counts)
    select r.fiscal_year, r.agency_code, r.instrument, delta * r.n, coalesce(g.items, '{}'), coalesce(g.vals, '{}'),
           coalesce(g.counts, '{}')
    from resp r left join agg g using (fiscal_year, agency_code, instrument)
    order by 1, 2, 3
    on conflict (fiscal_year, agency_code, instrument) do update
    set respondents = c.respondents + excluded.respondents,
        (items, vals, counts) = (
            select coalesce(array_agg(m.item), '{}'), coalesce(array_agg(m.val), '{}'), coalesce(array_agg(m.n), '{}')
            from (select u.item, u.val, sum(u.n)::int as n
                  from (select * from unnest(c.items, c.vals, c.counts)
                        union all select * from unnest(excluded.items, excluded.vals, excluded.counts))
                       as u(item, val, n)
                  group by u.item, u.val having sum(u.n) <> 0) m);
end
$$;

-- Recomputes the counts of a round's instrument from survey_response minus exclusions.
create function survey_answer_count_rebuild(year int, instr varchar) returns void
language sql as $$
    delete from survey_answer_count where fiscal_year = year and instrument = instr;
    with resp as (
        select r.agency_code, count(*) as n from survey_response r
        where r.fiscal_year = year and r.instrument = instr
          and not exists (select 1 from survey_exclusion e where e.response_id = r.id)
        group by 1),
    answer as (
        select r.agency_code, a.key as item, a.value::int as val, count(*)::int as n
        from survey_response r, jsonb_each_text(r.answers) a
        where r.fiscal_year = year and r.instrument = instr and a.value ~ '^-?[0-9]{1,9}$'
          and not exists (select 1 from survey_exclusion e where e.response_id = r.id)
        group by 1, 2, 3),
    agg as (
        select agency_code, array_agg(item) as items, array_agg(val) as vals, array_agg(n) as counts
        from answer group by 1)
    insert into survey_answer_count (fiscal_year, agency_code, instrument, respondents, items, vals, counts)
    select year, r.agency_code, instr, r.n, coalesce(g.items, '{}'), coalesce(g.vals, '{}'), coalesce(g.counts, '{}')
    from resp r left join agg g using (agency_code)
$$;

create function survey_answer_count_on_response() returns trigger
language plpgsql as $$
begin
    perform survey_answer_count_apply(1, array(select row(r.*)::survey_response from new_rows r));
    return null;
end
$$;

create function survey_answer_count_on_exclusion() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform survey_answer_count_apply(-1,
            array(select r from survey_response r join new_rows e on e.response_id = r.id));
    else
        perform survey_answer_count_apply(1,
            array(select r from survey_response r join old_rows e on e.response_id = r.id));
    end if;
    return null;
end
$$;

create trigger survey_answer_count_response after insert on survey_response
    referencing new table as new_rows for each statement execute function survey_answer_count_on_response();
create trigger survey_answer_count_excluded after insert on survey_exclusion
    referencing new table as new_rows for each statement execute function survey_answer_count_on_exclusion();
create trigger survey_answer_count_restored after delete on survey_exclusion
    referencing old table as old_rows for each statement execute function survey_answer_count_on_exclusion();

select survey_answer_count_rebuild(fiscal_year, instrument)
from (select distinct fiscal_year, instrument from survey_response) r;
