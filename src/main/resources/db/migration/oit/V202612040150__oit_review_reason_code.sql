-- The code of the framework's fail reason an assessor chose (null: free text only, or a PASS).
-- The reason column keeps the text shown (the free text, or the reason's Thai text).
alter table oit_review add column reason_code varchar(64);
