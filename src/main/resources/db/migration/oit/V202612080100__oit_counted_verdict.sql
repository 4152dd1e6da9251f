-- OIT: the verdict that counts for each evidence item, kept on the item itself: of a locked (FINAL)
-- item its latest confirmation, else its latest review. A round's scoring read it from every review of
-- the round (DISTINCT ON over about a million reviews joined with their items: 2-3 s of a full recompute
-- at 30,000 agencies); now it reads the items alone. Triggers keep it, so every writer does (the
-- service, the demo data, a bulk COPY): one per statement of new reviews, one per row whose status
-- changes (a lock or a reopening chooses among the reviews again).
alter table oit_evidence_item
    add column counted_review_id bigint,
    add column counted_verdict   varchar(4),
    add column counted_score     numeric(5, 2);

create function oit_reviews_counted() returns trigger
language plpgsql as $$
begin
    update oit_evidence_item i
    set counted_review_id = r.id, counted_verdict = r.verdict, counted_score = r.score
    from (select distinct on (n.fiscal_year, n.agency_code, n.item_code)
                 n.id, n.fiscal_year, n.agency_code, n.item_code, n.verdict, n.score
          from new_reviews n
          join oit_evidence_item e
            on e.fiscal_year = n.fiscal_year and e.agency_code = n.agency_code and e.item_code = n.item_code
          where e.status <> 'FINAL' or n.stage = 'CONFIRMATION'
          order by n.fiscal_year, n.agency_code, n.item_code, n.id desc) r
    where i.fiscal_year = r.fiscal_year and i.agency_code = r.agency_code and i.item_code = r.item_code
      and (i.counted_review_id is null or i.counted_review_id < r.id);
    return null;
end $$;

create trigger oit_review_counted after insert on oit_review
    referencing new table as new_reviews for each statement execute function oit_reviews_counted();

-- The review that counts for an item in this status: of a locked item its latest confirmation, else
-- its latest review (none: a row of nulls).
create function oit_counted_review(y integer, a varchar, i varchar, item_status varchar) returns oit_review
language sql stable as $$
    select * from oit_review r
    where r.fiscal_year = y and r.agency_code = a and r.item_code = i
      and (item_status <> 'FINAL' or r.stage = 'CONFIRMATION')
    order by r.id desc limit 1
$$;

create function oit_item_status_counted() returns trigger
language plpgsql as $$
declare
    counted oit_review := oit_counted_review(new.fiscal_year, new.agency_code, new.item_code, new.status);
begin
    new.counted_review_id := counted.id;
    new.counted_verdict := counted.verdict;
    new.counted_score := counted.score;
    return new;
end $$;

create trigger oit_item_status_counted before update of status on oit_evidence_item
    for each row when (old.status is distinct from new.status) execute function oit_item_status_counted();

-- the items written before this migration
update oit_evidence_item i
set counted_review_id = c.id, counted_verdict = c.verdict, counted_score = c.score
from oit_evidence_item e
cross join lateral oit_counted_review(e.fiscal_year, e.agency_code, e.item_code, e.status) c
where i.fiscal_year = e.fiscal_year and i.agency_code = e.agency_code and i.item_code = e.item_code
  and c.id is not null;
