-- Scoring: keep the snapshot's heap rows narrow. The jsonb card and inputs (a few kB each,
-- compressed) move to the TOAST table instead of staying inline, so the ranking, dashboard
-- and summary aggregates scan about 5 times fewer pages (measured: 3,000 snapshots from
-- 4.8 MB to 1 MB). Applies to rows written from now on; a round recompute rewrites them.
alter table scoring_snapshot set (toast_tuple_target = 128);
