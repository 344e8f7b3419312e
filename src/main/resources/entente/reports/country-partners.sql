-- The states a state has agreements with, most agreements first; organizations count for their home country.
-- param: country country = KR -- ISO 3166-1 alpha-2 code of the state
select x.partner_iso2,
       c.name_fr                 as partner_name,
       c.region                  as partner_region,
       sum(x.agreement_count)    as agreement_count,
       sum(x.signed_count)       as signed_count,
       max(x.last_on)            as last_on
from (select case when p.country_a = cast(upper(:country) as char(2)) then p.country_b else p.country_a end
                 as partner_iso2, p.agreement_count, p.signed_count, p.last_on
      from reporting.country_pair_years p
      where p.country_a = cast(upper(:country) as char(2))
         or p.country_b = cast(upper(:country) as char(2))) x
join reporting.countries c on c.country_iso2 = x.partner_iso2
group by x.partner_iso2, c.name_fr, c.region
order by agreement_count desc, x.partner_iso2
