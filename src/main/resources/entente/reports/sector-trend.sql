-- Agreements in a sector year by year, with the articles, states and organizations involved.
-- param: sector sector|all = defense -- a sector code of core.sector, or all
select s.sector,
       s.activity_year,
       s.agreement_count,
       s.signed_count,
       s.article_count,
       s.country_count,
       s.organization_count
from reporting.sector_summary s
where (:sector = 'all' and s.sector is not null) or s.sector = :sector
order by s.sector, s.activity_year nulls last
