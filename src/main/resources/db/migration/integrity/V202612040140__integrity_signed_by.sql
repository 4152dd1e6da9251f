-- The signer of an announcement is copied when it is approved, so a published announcement
-- keeps the name and position it was signed with even if the executive record changes later.
alter table integrity_declaration
    add column signed_name_th     varchar(200),
    add column signed_position_th varchar(300),
    add column signed_name_en     varchar(200),
    add column signed_position_en varchar(300);

update integrity_declaration d
set signed_name_th = e.name_th, signed_position_th = e.position_th,
    signed_name_en = e.name_en, signed_position_en = e.position_en
from integrity_executive e, integrity_publication p
where e.agency_code = d.agency_code
  and p.agency_code = d.agency_code and p.fiscal_year = d.fiscal_year and p.document = d.kind
  and p.status <> 'DRAFT';
