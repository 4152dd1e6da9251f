-- A suggested measure the central team retires stays in the library (and in the audit
-- trail) but is no longer offered to the agencies; it can be brought back.
alter table planning_suggested_measure
    add column retired_at timestamptz,
    add column retired_by varchar(100);
