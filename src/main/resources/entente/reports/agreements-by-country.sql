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
-- The state's newest rows first, in the order of its index, and only then their timeline: joined on
-- both its keys the two marts are estimated at one row, and the whole state was joined and sorted.
from (select c.article_id, c.agreement_id, c.activity_on, c.as_state, c.via_organizations
      from reporting.agreement_countries c
      where c.country_iso2 = cast(upper(:country) as char(2))
        and (:status = 'all' or c.status = :status)
      order by c.activity_on desc nulls last, c.agreement_id
      limit cast(:limit as integer)) c
join reporting.agreement_timeline t on t.article_id = c.article_id and t.agreement_id = c.agreement_id
order by c.activity_on desc nulls last, c.agreement_id
