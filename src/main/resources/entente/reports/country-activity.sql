-- A state's activity month by month: articles mentioning it, mentions, and agreements it is party to.
-- param: country country = KR -- ISO 3166-1 alpha-2 code of the state
select m.month,
       m.article_count,
       m.mention_count,
       m.agreement_count,
       m.signed_count
from reporting.country_monthly_activity m
where m.country_iso2 = cast(upper(:country) as char(2))
order by m.month nulls last
