-- Answer counts without lock waits: the counting triggers no longer upsert survey_answer_count
-- (two group-commit writers touching the same agencies waited on each other's row locks until
-- commit, so they wrote one after the other) but append one delta row per round, agency and
-- instrument of a batch to survey_answer_count_delta, which takes no row lock. The application
-- folds the deltas into survey_answer_count about every second (survey_answer_count_fold);
-- readers add the deltas not folded yet, so counts are exact at any moment. The same columns as
-- survey_answer_count: counts only, nothing per response.
create table survey_answer_count_delta (
    fiscal_year smallint    not null,
    agency_code varchar(20) not null,
    instrument  varchar(3)  not null check (instrument in ('IIT', 'EIT')),
    respondents int         not null,
    items       text[]      not null,
    vals        int[]       not null,
    counts      int[]       not null
);

-- Appends delta times the given responses as one row per key; no conflict, no lock.
create or replace function survey_answer_count_apply(delta int, batch survey_response[]) returns void
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
    insert into survey_answer_count_delta (fiscal_year, agency_code, instrument, respondents, items, vals, counts)
    select r.fiscal_year, r.agency_code, r.instrument, delta * r.n, coalesce(g.items, '{}'), coalesce(g.vals, '{}'),
           coalesce(g.counts, '{}')
    from resp r left join agg g using (fiscal_year, agency_code, instrument);
end
$$;

-- Moves every committed delta into survey_answer_count in one statement (rows locked in key
-- order); one folder at a time (transaction-level advisory lock, also taken by the rebuild).
-- Returns the number of keys changed.
create function survey_answer_count_fold() returns int
language plpgsql as $$
declare
    changed int;
begin
    perform pg_advisory_xact_lock(hashtext('survey_answer_count'));
    with gone as (delete from survey_answer_count_delta returning *),
    resp as (select fiscal_year, agency_code, instrument, sum(respondents)::int as n from gone group by 1, 2, 3),
    answer as (
        select g.fiscal_year, g.agency_code, g.instrument, u.item, u.val, sum(u.n)::int as n
        from gone g, unnest(g.items, g.vals, g.counts) as u(item, val, n)
        group by 1, 2, 3, 4, 5),
    agg as (
        select fiscal_year, agency_code, instrument, array_agg(item) as items, array_agg(val) as vals,
               array_agg(n) as counts
        from answer group by 1, 2, 3)
    insert into survey_answer_count as c (fiscal_year, agency_code, instrument, respondents, items, vals, counts)
    select r.fiscal_year, r.agency_code, r.instrument, r.n, coalesce(g.items, '{}'), coalesce(g.vals, '{}'),
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
    get diagnostics changed = row_count;
    return changed;
end
$$;

-- Recomputes the counts of a round's instrument from survey_response minus exclusions. The
-- deltas of that round and instrument are deleted in the same statement (the same snapshot) that
-- reads the responses: a batch committed after it keeps its delta, one committed before is in the
-- responses read, so nothing is counted twice or lost.
create or replace function survey_answer_count_rebuild(year int, instr varchar) returns void
language sql as $$
    select pg_advisory_xact_lock(hashtext('survey_answer_count'));
    delete from survey_answer_count where fiscal_year = year and instrument = instr;
    with gone as (
        delete from survey_answer_count_delta where fiscal_year = year and instrument = instr returning 1),
    resp as (
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
