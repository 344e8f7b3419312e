-- The most recent agreements by signing date (else publication date), with their parties.
-- param: limit int = 20 -- how many agreements to show
select t.activity_on,
       t.kind,
       t.status,
       t.parties,
       t.party_countries,
       t.sectors,
       t.source_file,
       t.agreement_id
from reporting.agreement_timeline t
where t.activity_on is not null
order by t.activity_on desc, t.agreement_id desc
limit cast(:limit as integer)
