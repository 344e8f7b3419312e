-- Organizations active in a sector: those party to agreements in it, most agreements first.
-- param: sector sector = defense -- a sector code of core.sector (defense, aerospace, energy, telecom...)
select s.organization_name,
       a.organization_acronym,
       a.organization_kind,
       a.organization_country_iso2,
       s.agreement_count,
       s.first_activity_on,
       s.last_activity_on,
       a.article_count
from reporting.organization_sectors s
join reporting.organization_activity a on a.organization_id = s.organization_id
where s.sector = :sector
order by s.agreement_count desc, s.organization_name
