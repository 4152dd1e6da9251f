-- Published documents offered as an OIT item's evidence (th.ita.shared.EvidenceOffered from the
-- planning and integrity modules): at most one offer per (round, agency, item), the latest
-- publication wins; a withdrawal deletes it. url is what the publisher sent: an absolute path
-- on this site (e.g. /public/agencies/S4001/plans/2568) or an absolute http(s) URL.
create table oit_evidence_offer (
    fiscal_year integer      not null,
    agency_code varchar(20)  not null,
    item_code   varchar(40)  not null,
    url         varchar(2048) not null,
    title_th    varchar(500) not null,
    title_en    varchar(500),
    offered_at  timestamptz  not null default now(),
    primary key (fiscal_year, agency_code, item_code)
);
