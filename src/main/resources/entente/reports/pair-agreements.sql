-- The agreements between two states, in either order, newest first.
-- param: a country = KR -- ISO 3166-1 alpha-2 code of one state
-- param: b country = PE -- ISO 3166-1 alpha-2 code of the other
select t.activity_on,
       t.kind,
       t.status,
       t.parties,
       t.sectors,
       t.source_file,
       t.agreement_id
from reporting.country_pair_agreements p
join reporting.agreement_timeline t on t.article_id = p.article_id and t.agreement_id = p.agreement_id
where p.country_a = cast(least(upper(:a), upper(:b)) as char(2))
  and p.country_b = cast(greatest(upper(:a), upper(:b)) as char(2))
order by t.activity_on desc nulls last, t.agreement_id
