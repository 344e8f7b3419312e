-- Agreements a state is party to, itself or through its organizations (a company counts for its home
-- country), newest first.
-- param: country country = KR -- ISO 3166-1 alpha-2 code of the state
-- param: status status|all = all -- signed, agreed, planned, or all
-- param: limit int = 1000 -- at most this many agreements
select t.activity_on,
       t.kind,
       t.status,
       t.parties,
       c.as_state,
       c.via_organizations,
       t.sectors,
       t.place_country_iso2,
       t.source_file,
       t.agreement_id
from reporting.agreement_countries c
join reporting.agreement_timeline t on t.article_id = c.article_id and t.agreement_id = c.agreement_id
where c.country_iso2 = cast(upper(:country) as char(2))
  and (:status = 'all' or c.status = :status)
-- c's columns, which equal t's: its index then gives the order and the limit stops the scan early.
order by c.activity_on desc nulls last, c.agreement_id
limit cast(:limit as integer)
