-- Agreements by sector in each UN M49 region of the states they bind; an agreement binding states of
-- two regions counts in both.
-- param: year year|all = all -- year of signing (else of publication), or all
select r.region,
       r.sector,
       sum(r.agreement_count)::integer as agreement_count
from reporting.sector_region_counts r
where cast(nullif(:year, 'all') as integer) is null
   or r.activity_year = cast(nullif(:year, 'all') as integer)
group by r.region, r.sector
order by r.region nulls last, agreement_count desc, r.sector
