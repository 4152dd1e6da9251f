-- Responses that a system admin excluded from the results after the anomaly report flagged
-- them. The response row stays (it is counted in the report as excluded); aggregates and
-- progress leave it out. The row holds the reason and the kind of flag only: who excluded
-- it is in the audit trail, and nothing here says anything about the respondent.
create table survey_exclusion (
    response_id uuid         not null primary key references survey_response (id) on delete cascade,
    fiscal_year smallint     not null,
    agency_code varchar(20)  not null,
    kind        varchar(20)  not null check (kind in ('BURST', 'IDENTICAL', 'STRAIGHT_LINE', 'OTHER')),
    reason      varchar(500) not null check (length(trim(reason)) > 0),
    excluded_on date         not null
);
create index survey_exclusion_round_ix on survey_exclusion (fiscal_year, agency_code);
