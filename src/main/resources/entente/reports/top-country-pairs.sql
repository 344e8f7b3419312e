-- The pairs of states with the most agreements in a year; organizations count for their home country.
-- param: year year|all = 2024 -- year of signing (else of publication), or all
-- param: limit int = 20 -- how many pairs to show
select p.country_a,
       ca.name_fr                  as country_a_name,
       p.country_b,
       cb.name_fr                  as country_b_name,
       sum(p.agreement_count)      as agreement_count,
       sum(p.signed_count)         as signed_count,
       min(p.first_on)             as first_on,
       max(p.last_on)              as last_on
from reporting.country_pair_years p
join reporting.countries ca on ca.country_iso2 = p.country_a
join reporting.countries cb on cb.country_iso2 = p.country_b
where cast(nullif(:year, 'all') as integer) is null
   or p.activity_year = cast(nullif(:year, 'all') as integer)
group by p.country_a, ca.name_fr, p.country_b, cb.name_fr
order by agreement_count desc, p.country_a, p.country_b
limit cast(:limit as integer)
