-- BI marts: tables kept current by every reload, in its transaction (readers see the previous rows
-- until it commits). Each mart's full definition is a view in the loader's internal schema `mart`
-- (mart.<name>_definition), read from core.* and the marts before it, never from the views of
-- R__reporting_views.sql. A reload recomputes only what it changed (org.entente.load.MartUpkeep):
--   * the per-agreement marts (agreement_timeline, agreement_countries, country_pair_agreements)
--     lose the rows of the articles it touched and get them again from their definitions;
--   * the summary marts are sums of per-article contributions kept in counting tables (mart.*_n):
--     the contributions of a touched article are subtracted before its facts change and added back
--     after, and the summary rows of the keys that moved are rebuilt from those tables. Distinct
--     counts and first/last dates are kept as counts per value, so removals cost what was removed.
-- `reload --rebuild-marts` (mart.rebuild()) rebuilds everything from the definitions.
-- On Citus (src/docs/scaling.md) the marts keyed by article are distributed by article_id with the
-- core tables, the others stay on the coordinator (their rows in core.distribution_plan, at the end).
-- Every query of the upkeep that reads a distributed table is a view here, and every join of a
-- distributed table is on article_id or with a reference table: CitusPlanTest checks these views.
-- Keys the counting tables cannot hold as null: year 0, sector '', region '' and day 0001-01-01
-- stand for "none" (every real date is after 1900).
do $$
declare
    r record;
begin
    for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'reporting' and c.relkind in ('m', 'r')
               and c.relname in ('sector_region_counts', 'sector_summary', 'organization_activity',
                                 'organization_sectors', 'country_monthly_activity', 'country_pair_years',
                                 'country_pair_counts', 'country_pair_agreements', 'agreement_countries',
                                 'agreement_timeline')
    loop
        execute format('drop %s if exists reporting.%I cascade',
                       case r.relkind when 'm' then 'materialized view' else 'table' end, r.relname);
    end loop;
end
$$;
drop schema if exists mart cascade;
create schema mart;
comment on schema mart is 'The loader''s internal upkeep of the reporting marts: definitions, counting tables, scope of a reload. Not for readers.';

-- An agreement's activity date is its signing date, else its article's publication date. Lateral
-- subqueries a agreement, so that a reload reading the agreements of a few articles reads only theirs.
create view mart.agreement_timeline_definition as
select g.agreement_id,
       g.article_id,
       src.source_file,
       a.published_on,
       g.signed_on,
       g.signed_precision,
       coalesce(g.signed_on, a.published_on)                                  as activity_on,
       extract(year from coalesce(g.signed_on, a.published_on))::integer      as activity_year,
       date_trunc('month', coalesce(g.signed_on, a.published_on))::date       as activity_month,
       g.kind,
       g.status,
       g.sectors,
       g.place_name,
       g.place_country_iso2,
       p.party_count,
       p.parties,
       p.party_countries,
       g.evidence
from core.agreement g
join core.article a on a.article_id = g.article_id
cross join lateral (select min(s.source_file) as source_file
                    from core.article_source s where s.article_id = g.article_id) src
cross join lateral (select count(*)::integer as party_count,
                           string_agg(coalesce(o.name, ap.country_iso2::text), ' + ' order by ap.party_no) as parties,
                           coalesce(array_agg(distinct coalesce(ap.country_iso2, o.country_iso2)::text)
                                        filter (where coalesce(ap.country_iso2, o.country_iso2) is not null), '{}')
                               as party_countries
                    from core.agreement_party ap
                    left join core.organization o on o.organization_id = ap.organization_id
                    where ap.article_id = g.article_id and ap.agreement_id = g.agreement_id) p
-- An article no file carries any more is on its way out: it has no timeline.
where src.source_file is not null;

-- The same rows for every agreement at once, for mart.rebuild(): grouped once and joined by hash,
-- where the lateral subqueries above would look each agreement up (MartUpkeepPropertyTest holds
-- the marts a rebuild leaves equal to the definitions).
create view mart.agreement_timeline_all as
select g.agreement_id,
       g.article_id,
       src.source_file,
       a.published_on,
       g.signed_on,
       g.signed_precision,
       coalesce(g.signed_on, a.published_on)                                  as activity_on,
       extract(year from coalesce(g.signed_on, a.published_on))::integer      as activity_year,
       date_trunc('month', coalesce(g.signed_on, a.published_on))::date       as activity_month,
       g.kind,
       g.status,
       g.sectors,
       g.place_name,
       g.place_country_iso2,
       coalesce(p.party_count, 0)                                             as party_count,
       p.parties,
       coalesce(p.party_countries, '{}')                                      as party_countries,
       g.evidence
from core.agreement g
join core.article a on a.article_id = g.article_id
join (select s.article_id, min(s.source_file) as source_file
      from core.article_source s group by s.article_id) src on src.article_id = g.article_id
left join (select ap.article_id, ap.agreement_id, count(*)::integer as party_count,
                  string_agg(coalesce(o.name, ap.country_iso2::text), ' + ' order by ap.party_no) as parties,
                  array_agg(distinct coalesce(ap.country_iso2, o.country_iso2)::text)
                      filter (where coalesce(ap.country_iso2, o.country_iso2) is not null) as party_countries
           from core.agreement_party ap
           left join core.organization o on o.organization_id = ap.organization_id
           group by ap.article_id, ap.agreement_id) p on p.article_id = g.article_id and p.agreement_id = g.agreement_id;
create table reporting.agreement_timeline as select * from mart.agreement_timeline_definition with no data;
alter table reporting.agreement_timeline add primary key (article_id, agreement_id);
create index agreement_timeline_activity_idx on reporting.agreement_timeline (activity_on);
create index agreement_timeline_agreement_idx on reporting.agreement_timeline (agreement_id);

-- An organization party rolls up to its home country; international bodies roll up to none.
create view mart.agreement_countries_definition as
select t.agreement_id,
       r.country_iso2,
       c.name_fr        as country_name_fr,
       c.region,
       c.subregion,
       r.as_state,
       r.via_organizations,
       t.activity_on,
       t.activity_year,
       t.activity_month,
       t.kind,
       t.status,
       t.sectors,
       t.article_id
from reporting.agreement_timeline t
cross join lateral (select coalesce(ap.country_iso2, o.country_iso2)                                   as country_iso2,
                           bool_or(ap.country_iso2 is not null)                                        as as_state,
                           coalesce(array_agg(o.name order by o.name) filter (where o.name is not null), '{}')
                               as via_organizations
                    from core.agreement_party ap
                    left join core.organization o on o.organization_id = ap.organization_id
                    where ap.article_id = t.article_id and ap.agreement_id = t.agreement_id
                      and coalesce(ap.country_iso2, o.country_iso2) is not null
                    group by coalesce(ap.country_iso2, o.country_iso2)) r
join core.country c on c.iso2 = r.country_iso2;

-- The same rows for every agreement at once, for mart.rebuild() (as agreement_timeline_all).
create view mart.agreement_countries_all as
select t.agreement_id,
       r.country_iso2,
       c.name_fr        as country_name_fr,
       c.region,
       c.subregion,
       r.as_state,
       r.via_organizations,
       t.activity_on,
       t.activity_year,
       t.activity_month,
       t.kind,
       t.status,
       t.sectors,
       t.article_id
from reporting.agreement_timeline t
join (select ap.article_id, ap.agreement_id, coalesce(ap.country_iso2, o.country_iso2)             as country_iso2,
             bool_or(ap.country_iso2 is not null)                                                  as as_state,
             coalesce(array_agg(o.name order by o.name) filter (where o.name is not null), '{}')   as via_organizations
      from core.agreement_party ap
      left join core.organization o on o.organization_id = ap.organization_id
      where coalesce(ap.country_iso2, o.country_iso2) is not null
      group by ap.article_id, ap.agreement_id, coalesce(ap.country_iso2, o.country_iso2)) r
  on r.article_id = t.article_id and r.agreement_id = t.agreement_id
join core.country c on c.iso2 = r.country_iso2;
create table reporting.agreement_countries as select * from mart.agreement_countries_definition with no data;
alter table reporting.agreement_countries add primary key (article_id, agreement_id, country_iso2);
-- agreements-by-country reads a state's newest agreements in this order and stops at its limit.
create index agreement_countries_country_idx on reporting.agreement_countries
    (country_iso2, activity_on desc nulls last, agreement_id);

create view mart.country_pair_agreements_definition as
select a.agreement_id,
       a.country_iso2 as country_a,
       b.country_iso2 as country_b,
       a.activity_on,
       a.activity_year,
       a.kind,
       a.status,
       a.sectors,
       a.article_id
from reporting.agreement_countries a
join reporting.agreement_countries b
  on b.article_id = a.article_id and b.agreement_id = a.agreement_id and a.country_iso2 < b.country_iso2;
create table reporting.country_pair_agreements as select * from mart.country_pair_agreements_definition with no data;
alter table reporting.country_pair_agreements add primary key (article_id, agreement_id, country_a, country_b);
create index country_pair_agreements_year_idx on reporting.country_pair_agreements (activity_year, country_a, country_b);
create index country_pair_agreements_a_idx on reporting.country_pair_agreements (country_a, country_b);
create index country_pair_agreements_b_idx on reporting.country_pair_agreements (country_b);

create view mart.country_pair_counts_definition as
select p.country_a, p.country_b, p.activity_year, p.kind, s.sector, count(*)::integer as agreement_count
from reporting.country_pair_agreements p
left join lateral unnest(p.sectors) as s(sector) on true
group by p.country_a, p.country_b, p.activity_year, p.kind, s.sector;
create table reporting.country_pair_counts as select * from mart.country_pair_counts_definition with no data;
create unique index country_pair_counts_uq on reporting.country_pair_counts (country_a, country_b, activity_year, kind, sector);

-- One row per pair and year: what top-country-pairs and country-partners add up, a few thousand rows
-- a year instead of every pair of every agreement.
create view mart.country_pair_years_definition as
select p.country_a, p.country_b, p.activity_year,
       count(*)::integer                                   as agreement_count,
       (count(*) filter (where p.status = 'signed'))::integer as signed_count,
       min(p.activity_on)                                  as first_on,
       max(p.activity_on)                                  as last_on
from reporting.country_pair_agreements p
group by p.country_a, p.country_b, p.activity_year;
create table reporting.country_pair_years as select * from mart.country_pair_years_definition with no data;
create unique index country_pair_years_uq on reporting.country_pair_years (country_a, country_b, activity_year);
create index country_pair_years_year_idx on reporting.country_pair_years (activity_year);
create index country_pair_years_b_idx on reporting.country_pair_years (country_b);

create view mart.country_monthly_activity_definition as
select f.country_iso2, c.name_fr as country_name_fr, c.region, f.month,
       sum(f.article_count)::integer   as article_count,
       sum(f.mention_count)::integer   as mention_count,
       sum(f.agreement_count)::integer as agreement_count,
       sum(f.signed_count)::integer    as signed_count
from (select ac.country_iso2, date_trunc('month', a.published_on)::date as month,
             count(*) as article_count, sum(ac.mentions) as mention_count,
             0 as agreement_count, 0 as signed_count
      from (select article_id, country_iso2, count(*) as mentions
            from core.article_country group by article_id, country_iso2) ac
      join core.article a on a.article_id = ac.article_id
      where exists (select 1 from core.article_source s where s.article_id = a.article_id)
      group by 1, 2
      union all
      select g.country_iso2, g.activity_month, 0, 0, count(*), count(*) filter (where g.status = 'signed')
      from reporting.agreement_countries g
      group by 1, 2) f
join core.country c on c.iso2 = f.country_iso2
group by f.country_iso2, c.name_fr, c.region, f.month;
create table reporting.country_monthly_activity as select * from mart.country_monthly_activity_definition with no data;
create unique index country_monthly_activity_uq on reporting.country_monthly_activity (country_iso2, month);
create index country_monthly_activity_month_idx on reporting.country_monthly_activity (month);

create view mart.organization_sectors_definition as
select ap.organization_id, o.name as organization_name, s.sector,
       count(*)::integer as agreement_count, min(t.activity_on) as first_activity_on, max(t.activity_on) as last_activity_on
from core.agreement_party ap
join core.organization o on o.organization_id = ap.organization_id
join reporting.agreement_timeline t on t.article_id = ap.article_id and t.agreement_id = ap.agreement_id
cross join lateral unnest(t.sectors) as s(sector)
group by ap.organization_id, o.name, s.sector;
create table reporting.organization_sectors as select * from mart.organization_sectors_definition with no data;
create unique index organization_sectors_uq on reporting.organization_sectors (organization_id, sector);
create index organization_sectors_sector_idx on reporting.organization_sectors (sector, agreement_count);

create view mart.organization_activity_definition as
select o.organization_id, o.name as organization_name, o.acronym as organization_acronym,
       o.kind as organization_kind, o.country_iso2 as organization_country_iso2,
       coalesce(m.article_count, 0)   as article_count,
       coalesce(m.mention_count, 0)   as mention_count,
       m.first_published_on,
       m.last_published_on,
       coalesce(g.agreement_count, 0) as agreement_count,
       g.first_activity_on,
       g.last_activity_on,
       coalesce(s.sectors, '{}')      as sectors
from core.organization o
left join (select ao.organization_id, count(*)::integer as article_count,
                  sum(ao.mentions)::integer as mention_count, min(a.published_on) as first_published_on,
                  max(a.published_on) as last_published_on
           from (select article_id, organization_id, count(*) as mentions
                 from core.article_organization group by article_id, organization_id) ao
           join core.article a on a.article_id = ao.article_id
           where exists (select 1 from core.article_source src where src.article_id = a.article_id)
           group by ao.organization_id) m on m.organization_id = o.organization_id
left join (select ap.organization_id, count(*)::integer as agreement_count,
                  min(t.activity_on) as first_activity_on, max(t.activity_on) as last_activity_on
           from core.agreement_party ap
           join reporting.agreement_timeline t on t.article_id = ap.article_id and t.agreement_id = ap.agreement_id
           group by ap.organization_id) g on g.organization_id = o.organization_id
left join (select organization_id, array_agg(sector order by sector) as sectors
           from reporting.organization_sectors group by organization_id) s on s.organization_id = o.organization_id
where m.organization_id is not null or g.organization_id is not null;
create table reporting.organization_activity as select * from mart.organization_activity_definition with no data;
alter table reporting.organization_activity add primary key (organization_id);

create view mart.sector_summary_definition as
-- Each count from its own distinct rows, added up by sector and year: one join of agreements,
-- countries and organizations would multiply the rows to count distinct.
select f.sector, f.activity_year,
       sum(f.agreement_count)::integer    as agreement_count,
       sum(f.signed_count)::integer       as signed_count,
       sum(f.article_count)::integer      as article_count,
       sum(f.country_count)::integer      as country_count,
       sum(f.organization_count)::integer as organization_count
from (select g.sector, g.activity_year, count(*) as agreement_count,
             count(*) filter (where g.status = 'signed') as signed_count,
             count(distinct g.article_id) as article_count, 0 as country_count, 0 as organization_count
      from (select distinct s.sector, t.activity_year, t.agreement_id, t.article_id, t.status
            from reporting.agreement_timeline t
            left join lateral unnest(t.sectors) as s(sector) on true) g
      group by g.sector, g.activity_year
      union all
      select c.sector, c.activity_year, 0, 0, 0, count(*), 0
      from (select distinct s.sector, c.activity_year, c.country_iso2
            from reporting.agreement_countries c
            left join lateral unnest(c.sectors) as s(sector) on true) c
      group by c.sector, c.activity_year
      union all
      select o.sector, o.activity_year, 0, 0, 0, 0, count(*)
      from (select distinct s.sector, t.activity_year, ap.organization_id
            from reporting.agreement_timeline t
            join core.agreement_party ap
              on ap.article_id = t.article_id and ap.agreement_id = t.agreement_id and ap.organization_id is not null
            left join lateral unnest(t.sectors) as s(sector) on true) o
      group by o.sector, o.activity_year) f
group by f.sector, f.activity_year;
create table reporting.sector_summary as select * from mart.sector_summary_definition with no data;
create unique index sector_summary_uq on reporting.sector_summary (sector, activity_year);

create view mart.sector_region_counts_definition as
-- Agreements and countries counted apart from their own distinct rows, as in sector_summary.
select f.sector, f.region, f.activity_year,
       sum(f.agreement_count)::integer as agreement_count,
       sum(f.country_count)::integer   as country_count
from (select a.sector, a.region, a.activity_year, count(*) as agreement_count, 0 as country_count
      from (select distinct s.sector, c.region, c.activity_year, c.agreement_id
            from reporting.agreement_countries c
            cross join lateral unnest(c.sectors) as s(sector)) a
      group by a.sector, a.region, a.activity_year
      union all
      select k.sector, k.region, k.activity_year, 0, count(*)
      from (select distinct s.sector, c.region, c.activity_year, c.country_iso2
            from reporting.agreement_countries c
            cross join lateral unnest(c.sectors) as s(sector)) k
      group by k.sector, k.region, k.activity_year) f
group by f.sector, f.region, f.activity_year;
create table reporting.sector_region_counts as select * from mart.sector_region_counts_definition with no data;
create unique index sector_region_counts_uq on reporting.sector_region_counts (sector, region, activity_year);
create index sector_region_counts_year_idx on reporting.sector_region_counts (activity_year);

-- ---------------------------------------------------------------------------------------------
-- Upkeep. mart.scope_article: the articles whose contributions are being subtracted or added now;
-- mart.touched_article: every article the reload touched; mart.touched_*: the summary keys that moved.
-- All are filled and emptied inside the reload's transaction, under the reload lock.
create table mart.scope_article (article_id bigint primary key);
create table mart.touched_article (article_id bigint primary key);
create table mart.touched_pair (country_a char(2), country_b char(2), activity_year integer,
                                primary key (country_a, country_b, activity_year));
create table mart.touched_country_month (country_iso2 char(2), month date, primary key (country_iso2, month));
create table mart.touched_organization (organization_id bigint primary key);
create table mart.touched_sector_year (sector text, activity_year integer, primary key (sector, activity_year));

-- Counting tables: the sum over articles of their contributions, by key (rows at zero are harmless).
create table mart.pair_kind_sector_n (country_a char(2), country_b char(2), activity_year integer, kind text,
                                      sector text, n integer not null,
                                      primary key (country_a, country_b, activity_year, kind, sector));
create table mart.pair_day_n (country_a char(2), country_b char(2), activity_year integer, activity_on date,
                              n integer not null, signed integer not null,
                              primary key (country_a, country_b, activity_year, activity_on));
create table mart.country_month_n (country_iso2 char(2), month date, articles integer not null,
                                   mentions integer not null, agreements integer not null, signed integer not null,
                                   primary key (country_iso2, month));
create table mart.organization_article_day_n (organization_id bigint, published_on date, articles integer not null,
                                              mentions integer not null, primary key (organization_id, published_on));
create table mart.organization_day_n (organization_id bigint, activity_on date, n integer not null,
                                      primary key (organization_id, activity_on));
create table mart.organization_sector_day_n (organization_id bigint, sector text, activity_on date, n integer not null,
                                             primary key (organization_id, sector, activity_on));
create table mart.sector_year_n (sector text, activity_year integer, agreements integer not null,
                                 signed integer not null, articles integer not null,
                                 primary key (sector, activity_year));
create table mart.sector_year_country_n (sector text, activity_year integer, country_iso2 char(2), n integer not null,
                                         primary key (sector, activity_year, country_iso2));
create table mart.sector_year_organization_n (sector text, activity_year integer, organization_id bigint,
                                              n integer not null, primary key (sector, activity_year, organization_id));
create table mart.sector_region_year_n (sector text, region text, activity_year integer, n integer not null,
                                        primary key (sector, region, activity_year));

-- The agreements of the articles in scope, as the per-agreement marts hold them now.
create view mart.timeline_in_scope as
select t.* from reporting.agreement_timeline t join mart.scope_article s on s.article_id = t.article_id;

-- What the articles in scope contribute to each counting table (mart.<table>_n), as the marts and
-- core hold them now: one view a counting table, read by add_scope.
create view mart.pair_kind_sector_scope as
select p.country_a, p.country_b, coalesce(p.activity_year, 0) as activity_year, p.kind,
       coalesce(s.sector, '') as sector, count(*)::integer as n
from reporting.country_pair_agreements p
join mart.scope_article sa on sa.article_id = p.article_id
left join lateral unnest(p.sectors) as s(sector) on true
group by 1, 2, 3, 4, 5;

create view mart.pair_day_scope as
select p.country_a, p.country_b, coalesce(p.activity_year, 0) as activity_year,
       coalesce(p.activity_on, date '0001-01-01') as activity_on, count(*)::integer as n,
       (count(*) filter (where p.status = 'signed'))::integer as signed
from reporting.country_pair_agreements p
join mart.scope_article sa on sa.article_id = p.article_id
group by 1, 2, 3, 4;

create view mart.country_month_scope as
select f.country_iso2, coalesce(f.month, date '0001-01-01') as month, sum(f.articles)::integer as articles,
       sum(f.mentions)::integer as mentions, sum(f.agreements)::integer as agreements, sum(f.signed)::integer as signed
from (select ac.country_iso2, date_trunc('month', a.published_on)::date as month,
             count(*) as articles, sum(ac.mentions) as mentions, 0 as agreements, 0 as signed
      from (select x.article_id, x.country_iso2, count(*) as mentions
            from core.article_country x join mart.scope_article s on s.article_id = x.article_id
            group by 1, 2) ac
      join core.article a on a.article_id = ac.article_id
      where exists (select 1 from core.article_source src where src.article_id = a.article_id)
      group by 1, 2
      union all
      select g.country_iso2, g.activity_month, 0, 0, count(*), count(*) filter (where g.status = 'signed')
      from reporting.agreement_countries g
      join mart.scope_article sa on sa.article_id = g.article_id
      group by 1, 2) f
group by 1, 2;

create view mart.organization_article_day_scope as
select ao.organization_id, coalesce(a.published_on, date '0001-01-01') as published_on,
       count(*)::integer as articles, sum(ao.mentions)::integer as mentions
from (select x.article_id, x.organization_id, count(*) as mentions
      from core.article_organization x join mart.scope_article s on s.article_id = x.article_id
      group by 1, 2) ao
join core.article a on a.article_id = ao.article_id
where exists (select 1 from core.article_source src where src.article_id = a.article_id)
group by 1, 2;

create view mart.organization_day_scope as
select ap.organization_id, coalesce(t.activity_on, date '0001-01-01') as activity_on, count(*)::integer as n
from core.agreement_party ap
join mart.timeline_in_scope t on t.article_id = ap.article_id and t.agreement_id = ap.agreement_id
where ap.organization_id is not null
group by 1, 2;

create view mart.organization_sector_day_scope as
select ap.organization_id, s.sector, coalesce(t.activity_on, date '0001-01-01') as activity_on,
       count(*)::integer as n
from core.agreement_party ap
join core.organization o on o.organization_id = ap.organization_id
join mart.timeline_in_scope t on t.article_id = ap.article_id and t.agreement_id = ap.agreement_id
cross join lateral unnest(t.sectors) as s(sector)
group by 1, 2, 3;

-- Articles counted distinct a key are additive: an article is wholly in the scope or out of it.
create view mart.sector_year_scope as
select coalesce(g.sector, '') as sector, coalesce(g.activity_year, 0) as activity_year, count(*)::integer as agreements,
       (count(*) filter (where g.status = 'signed'))::integer as signed,
       count(distinct g.article_id)::integer as articles
from (select distinct s.sector, t.activity_year, t.agreement_id, t.article_id, t.status
      from mart.timeline_in_scope t
      left join lateral unnest(t.sectors) as s(sector) on true) g
group by 1, 2;

create view mart.sector_year_country_scope as
select coalesce(s.sector, '') as sector, coalesce(c.activity_year, 0) as activity_year, c.country_iso2,
       count(*)::integer as n
from reporting.agreement_countries c
join mart.scope_article sa on sa.article_id = c.article_id
left join lateral unnest(c.sectors) as s(sector) on true
group by 1, 2, 3;

create view mart.sector_year_organization_scope as
select coalesce(s.sector, '') as sector, coalesce(t.activity_year, 0) as activity_year, ap.organization_id,
       count(*)::integer as n
from mart.timeline_in_scope t
join core.agreement_party ap
  on ap.article_id = t.article_id and ap.agreement_id = t.agreement_id and ap.organization_id is not null
left join lateral unnest(t.sectors) as s(sector) on true
group by 1, 2, 3;

create view mart.sector_region_year_scope as
select s.sector, coalesce(c.region, '') as region, coalesce(c.activity_year, 0) as activity_year,
       count(distinct c.agreement_id)::integer as n
from reporting.agreement_countries c
join mart.scope_article sa on sa.article_id = c.article_id
cross join lateral unnest(c.sectors) as s(sector)
group by 1, 2, 3;

-- Adds sign times the contributions of the articles in scope (the views above) to every counting
-- table and records the keys that moved. Call it with -1 before the scope's facts change and with
-- +1 after the per-agreement marts hold their new rows.
create function mart.add_scope(sign integer) returns void language plpgsql as $$
begin
    analyze mart.scope_article;
    with u as (insert into mart.pair_kind_sector_n as m
               select country_a, country_b, activity_year, kind, sector, sign * n from mart.pair_kind_sector_scope
               on conflict (country_a, country_b, activity_year, kind, sector) do update set n = m.n + excluded.n
               returning country_a, country_b, activity_year)
    insert into mart.touched_pair select distinct * from u on conflict do nothing;

    with u as (insert into mart.pair_day_n as m
               select country_a, country_b, activity_year, activity_on, sign * n, sign * signed from mart.pair_day_scope
               on conflict (country_a, country_b, activity_year, activity_on)
               do update set n = m.n + excluded.n, signed = m.signed + excluded.signed
               returning country_a, country_b, activity_year)
    insert into mart.touched_pair select distinct * from u on conflict do nothing;

    with u as (insert into mart.country_month_n as n
               select country_iso2, month, sign * articles, sign * mentions, sign * agreements, sign * signed
               from mart.country_month_scope
               on conflict (country_iso2, month) do update
               set articles = n.articles + excluded.articles, mentions = n.mentions + excluded.mentions,
                   agreements = n.agreements + excluded.agreements, signed = n.signed + excluded.signed
               returning country_iso2, month)
    insert into mart.touched_country_month select distinct * from u on conflict do nothing;

    with u as (insert into mart.organization_article_day_n as m
               select organization_id, published_on, sign * articles, sign * mentions
               from mart.organization_article_day_scope
               on conflict (organization_id, published_on)
               do update set articles = m.articles + excluded.articles, mentions = m.mentions + excluded.mentions
               returning organization_id)
    insert into mart.touched_organization select distinct * from u on conflict do nothing;

    with u as (insert into mart.organization_day_n as m
               select organization_id, activity_on, sign * n from mart.organization_day_scope
               on conflict (organization_id, activity_on) do update set n = m.n + excluded.n
               returning organization_id)
    insert into mart.touched_organization select distinct * from u on conflict do nothing;

    with u as (insert into mart.organization_sector_day_n as m
               select organization_id, sector, activity_on, sign * n from mart.organization_sector_day_scope
               on conflict (organization_id, sector, activity_on) do update set n = m.n + excluded.n
               returning organization_id)
    insert into mart.touched_organization select distinct * from u on conflict do nothing;

    with u as (insert into mart.sector_year_n as m
               select sector, activity_year, sign * agreements, sign * signed, sign * articles from mart.sector_year_scope
               on conflict (sector, activity_year) do update set agreements = m.agreements + excluded.agreements,
                   signed = m.signed + excluded.signed, articles = m.articles + excluded.articles
               returning sector, activity_year)
    insert into mart.touched_sector_year select distinct * from u on conflict do nothing;

    with u as (insert into mart.sector_year_country_n as m
               select sector, activity_year, country_iso2, sign * n from mart.sector_year_country_scope
               on conflict (sector, activity_year, country_iso2) do update set n = m.n + excluded.n
               returning sector, activity_year)
    insert into mart.touched_sector_year select distinct * from u on conflict do nothing;

    with u as (insert into mart.sector_year_organization_n as m
               select sector, activity_year, organization_id, sign * n from mart.sector_year_organization_scope
               on conflict (sector, activity_year, organization_id) do update set n = m.n + excluded.n
               returning sector, activity_year)
    insert into mart.touched_sector_year select distinct * from u on conflict do nothing;

    with u as (insert into mart.sector_region_year_n as m
               select sector, region, activity_year, sign * n from mart.sector_region_year_scope
               on conflict (sector, region, activity_year) do update set n = m.n + excluded.n
               returning sector, activity_year)
    insert into mart.touched_sector_year select distinct * from u on conflict do nothing;
end
$$;

-- Rebuilds the summary rows of the keys that moved from the counting tables.
create function mart.refresh_touched() returns void language plpgsql as $$
begin
    analyze mart.touched_pair, mart.touched_country_month, mart.touched_organization, mart.touched_sector_year;
    delete from reporting.country_pair_counts m using mart.touched_pair t
    where m.country_a = t.country_a and m.country_b = t.country_b and coalesce(m.activity_year, 0) = t.activity_year;
    insert into reporting.country_pair_counts
    select n.country_a, n.country_b, nullif(n.activity_year, 0), n.kind, nullif(n.sector, ''), n.n
    from mart.pair_kind_sector_n n join mart.touched_pair t using (country_a, country_b, activity_year)
    where n.n > 0;

    delete from reporting.country_pair_years m using mart.touched_pair t
    where m.country_a = t.country_a and m.country_b = t.country_b and coalesce(m.activity_year, 0) = t.activity_year;
    insert into reporting.country_pair_years
    select n.country_a, n.country_b, nullif(n.activity_year, 0), sum(n.n)::integer, sum(n.signed)::integer,
           min(nullif(n.activity_on, date '0001-01-01')), max(nullif(n.activity_on, date '0001-01-01'))
    from mart.pair_day_n n join mart.touched_pair t using (country_a, country_b, activity_year)
    where n.n > 0
    group by n.country_a, n.country_b, n.activity_year;

    delete from reporting.country_monthly_activity m using mart.touched_country_month t
    where m.country_iso2 = t.country_iso2 and coalesce(m.month, date '0001-01-01') = t.month;
    insert into reporting.country_monthly_activity
    select n.country_iso2, c.name_fr, c.region, nullif(n.month, date '0001-01-01'), n.articles, n.mentions,
           n.agreements, n.signed
    from mart.country_month_n n join mart.touched_country_month t using (country_iso2, month)
    join core.country c on c.iso2 = n.country_iso2
    where n.articles > 0 or n.agreements > 0;

    delete from reporting.organization_sectors m using mart.touched_organization t
    where m.organization_id = t.organization_id;
    insert into reporting.organization_sectors
    select n.organization_id, o.name, n.sector, sum(n.n)::integer, min(nullif(n.activity_on, date '0001-01-01')),
           max(nullif(n.activity_on, date '0001-01-01'))
    from mart.organization_sector_day_n n join mart.touched_organization t using (organization_id)
    join core.organization o on o.organization_id = n.organization_id
    where n.n > 0
    group by n.organization_id, o.name, n.sector;

    delete from reporting.organization_activity m using mart.touched_organization t
    where m.organization_id = t.organization_id;
    insert into reporting.organization_activity
    select o.organization_id, o.name, o.acronym, o.kind, o.country_iso2,
           coalesce(m.articles, 0), coalesce(m.mentions, 0), m.first_on, m.last_on,
           coalesce(g.n, 0), g.first_on, g.last_on, coalesce(s.sectors, '{}')
    from core.organization o
    join mart.touched_organization t on t.organization_id = o.organization_id
    left join (select n.organization_id, sum(n.articles)::integer as articles, sum(n.mentions)::integer as mentions,
                      min(nullif(n.published_on, date '0001-01-01')) as first_on,
                      max(nullif(n.published_on, date '0001-01-01')) as last_on
               from mart.organization_article_day_n n join mart.touched_organization t using (organization_id)
               where n.articles > 0 group by n.organization_id) m on m.organization_id = o.organization_id
    left join (select n.organization_id, sum(n.n)::integer as n,
                      min(nullif(n.activity_on, date '0001-01-01')) as first_on,
                      max(nullif(n.activity_on, date '0001-01-01')) as last_on
               from mart.organization_day_n n join mart.touched_organization t using (organization_id)
               where n.n > 0 group by n.organization_id) g on g.organization_id = o.organization_id
    left join (select s.organization_id, array_agg(s.sector order by s.sector) as sectors
               from reporting.organization_sectors s join mart.touched_organization t using (organization_id)
               group by s.organization_id) s on s.organization_id = o.organization_id
    where m.organization_id is not null or g.organization_id is not null;

    delete from reporting.sector_summary m using mart.touched_sector_year t
    where coalesce(m.sector, '') = t.sector and coalesce(m.activity_year, 0) = t.activity_year;
    insert into reporting.sector_summary
    select nullif(t.sector, ''), nullif(t.activity_year, 0), coalesce(n.agreements, 0), coalesce(n.signed, 0),
           coalesce(n.articles, 0), k.countries, g.organizations
    from mart.touched_sector_year t
    left join mart.sector_year_n n using (sector, activity_year)
    cross join lateral (select count(*)::integer as countries from mart.sector_year_country_n c
                        where c.sector = t.sector and c.activity_year = t.activity_year and c.n > 0) k
    cross join lateral (select count(*)::integer as organizations from mart.sector_year_organization_n o
                        where o.sector = t.sector and o.activity_year = t.activity_year and o.n > 0) g
    where n.agreements > 0 or k.countries > 0 or g.organizations > 0;

    delete from reporting.sector_region_counts m using mart.touched_sector_year t
    where m.sector = t.sector and coalesce(m.activity_year, 0) = t.activity_year;
    insert into reporting.sector_region_counts
    select f.sector, nullif(f.region, ''), nullif(f.activity_year, 0), sum(f.agreements)::integer,
           sum(f.countries)::integer
    from (select n.sector, n.region, n.activity_year, n.n as agreements, 0 as countries
          from mart.sector_region_year_n n join mart.touched_sector_year t using (sector, activity_year)
          where n.n > 0
          union all
          select n.sector, coalesce(c.region, ''), n.activity_year, 0, count(*)
          from mart.sector_year_country_n n join mart.touched_sector_year t using (sector, activity_year)
          join core.country c on c.iso2 = n.country_iso2
          where n.n > 0 and n.sector <> ''
          group by 1, 2, 3) f
    group by f.sector, f.region, f.activity_year;

    truncate mart.touched_pair, mart.touched_country_month, mart.touched_organization, mart.touched_sector_year;
end
$$;

-- Before the facts or the files of these articles change: takes their contributions out and their
-- per-agreement rows away, once a reload for each article.
create function mart.before_change(article_ids bigint[]) returns void language plpgsql as $$
begin
    delete from mart.scope_article;
    insert into mart.scope_article
    select distinct a from unnest(article_ids) a
    where not exists (select 1 from mart.touched_article t where t.article_id = a);
    if not found then
        return;
    end if;
    insert into mart.touched_article select article_id from mart.scope_article;
    perform mart.add_scope(-1);
    delete from reporting.country_pair_agreements where article_id in (select article_id from mart.scope_article);
    delete from reporting.agreement_countries where article_id in (select article_id from mart.scope_article);
    delete from reporting.agreement_timeline where article_id in (select article_id from mart.scope_article);
    delete from mart.scope_article;
end
$$;

-- After the reload's writes: the touched articles' per-agreement rows and contributions go back in,
-- and the summary rows of the keys that moved are rebuilt.
create function mart.after_changes() returns void language plpgsql as $$
begin
    delete from mart.scope_article;
    insert into mart.scope_article select article_id from mart.touched_article;
    analyze mart.scope_article;
    insert into reporting.agreement_timeline
    select d.* from mart.agreement_timeline_definition d where d.article_id in (select article_id from mart.scope_article);
    insert into reporting.agreement_countries
    select d.* from mart.agreement_countries_definition d where d.article_id in (select article_id from mart.scope_article);
    insert into reporting.country_pair_agreements
    select d.* from mart.country_pair_agreements_definition d
    where d.article_id in (select article_id from mart.scope_article);
    perform mart.add_scope(1);
    perform mart.refresh_touched();
    delete from mart.scope_article;
    delete from mart.touched_article;
end
$$;

-- Repair: every mart and counting table rebuilt from the definitions (reload --rebuild-marts).
-- Deletes rather than truncates the marts: readers keep reading the previous rows until commit.
-- Its sorts and hashes span the whole warehouse: more memory than a reader's query gets, while it runs.
create function mart.rebuild() returns void language plpgsql set work_mem = '64MB' as $$
begin
    delete from reporting.sector_region_counts;
    delete from reporting.sector_summary;
    delete from reporting.organization_activity;
    delete from reporting.organization_sectors;
    delete from reporting.country_monthly_activity;
    delete from reporting.country_pair_years;
    delete from reporting.country_pair_counts;
    delete from reporting.country_pair_agreements;
    delete from reporting.agreement_countries;
    delete from reporting.agreement_timeline;
    -- Apart: on Citus the first two are distributed tables, the others local ones.
    truncate mart.scope_article, mart.touched_article;
    truncate mart.touched_pair, mart.touched_country_month,
        mart.touched_organization, mart.touched_sector_year, mart.pair_kind_sector_n, mart.pair_day_n,
        mart.country_month_n, mart.organization_article_day_n, mart.organization_day_n,
        mart.organization_sector_day_n, mart.sector_year_n, mart.sector_year_country_n,
        mart.sector_year_organization_n, mart.sector_region_year_n;
    insert into reporting.agreement_timeline select * from mart.agreement_timeline_all;
    analyze reporting.agreement_timeline;
    insert into reporting.agreement_countries select * from mart.agreement_countries_all;
    analyze reporting.agreement_countries;
    insert into reporting.country_pair_agreements select * from mart.country_pair_agreements_definition;
    analyze reporting.country_pair_agreements;
    insert into mart.scope_article select article_id from core.article;
    perform mart.add_scope(1);
    perform mart.refresh_touched();
    delete from mart.scope_article;
    analyze reporting.country_pair_counts, reporting.country_pair_years, reporting.country_monthly_activity,
        reporting.organization_sectors, reporting.organization_activity, reporting.sector_summary,
        reporting.sector_region_counts;
end
$$;

-- The marts' places in the plan for Citus (V13, V15): the tables keyed by article go with the core
-- tables, the summaries and the counting tables stay on the coordinator.
delete from core.distribution_plan where table_name like 'reporting.%' or table_name like 'mart.%';
insert into core.distribution_plan (table_name, role, distribution_column, ready) values
    ('reporting.agreement_timeline',      'distributed', 'article_id', true),
    ('reporting.agreement_countries',     'distributed', 'article_id', true),
    ('reporting.country_pair_agreements', 'distributed', 'article_id', true),
    ('mart.scope_article',                'distributed', 'article_id', true),
    ('mart.touched_article',              'distributed', 'article_id', true),
    ('reporting.country_pair_counts',     'local', null, true),
    ('reporting.country_pair_years',      'local', null, true),
    ('reporting.country_monthly_activity', 'local', null, true),
    ('reporting.organization_sectors',    'local', null, true),
    ('reporting.organization_activity',   'local', null, true),
    ('reporting.sector_summary',          'local', null, true),
    ('reporting.sector_region_counts',    'local', null, true),
    ('mart.touched_pair',                 'local', null, true),
    ('mart.touched_country_month',        'local', null, true),
    ('mart.touched_organization',         'local', null, true),
    ('mart.touched_sector_year',          'local', null, true),
    ('mart.pair_kind_sector_n',           'local', null, true),
    ('mart.pair_day_n',                   'local', null, true),
    ('mart.country_month_n',              'local', null, true),
    ('mart.organization_article_day_n',   'local', null, true),
    ('mart.organization_day_n',           'local', null, true),
    ('mart.organization_sector_day_n',    'local', null, true),
    ('mart.sector_year_n',                'local', null, true),
    ('mart.sector_year_country_n',        'local', null, true),
    ('mart.sector_year_organization_n',   'local', null, true),
    ('mart.sector_region_year_n',         'local', null, true);
select core.apply_distribution_plan();

select mart.rebuild();
comment on table reporting.agreement_timeline is 'One row per agreement with its dates, parties and sectors, for timelines; kept current by every reload.';
comment on column reporting.agreement_timeline.agreement_id is 'The agreement (reporting.agreements).';
comment on column reporting.agreement_timeline.article_id is 'The article that reports it (reporting.articles).';
comment on column reporting.agreement_timeline.source_file is 'The article''s file under the corpus root (the first in path order).';
comment on column reporting.agreement_timeline.published_on is 'Publication date of the article.';
comment on column reporting.agreement_timeline.signed_on is 'When it was signed or agreed, if the article says.';
comment on column reporting.agreement_timeline.signed_precision is 'Which part of signed_on is known: day, month or year.';
comment on column reporting.agreement_timeline.activity_on is 'signed_on, else the article''s publication date: the date the timeline uses.';
comment on column reporting.agreement_timeline.activity_year is 'Year of activity_on.';
comment on column reporting.agreement_timeline.activity_month is 'First day of the month of activity_on.';
comment on column reporting.agreement_timeline.kind is 'joint_declaration, mou, agreement, treaty, contract, partnership or other.';
comment on column reporting.agreement_timeline.status is 'signed, agreed or planned.';
comment on column reporting.agreement_timeline.sectors is 'Up to three sectors from the GOLD.md list.';
comment on column reporting.agreement_timeline.place_name is 'Where it was signed, as written in the article.';
comment on column reporting.agreement_timeline.place_country_iso2 is 'Country where it was signed (never counted as a party).';
comment on column reporting.agreement_timeline.party_count is 'Number of parties.';
comment on column reporting.agreement_timeline.parties is 'The parties in article order, organization names or ISO codes, joined by " + ".';
comment on column reporting.agreement_timeline.party_countries is 'ISO codes of the states the parties count for (an organization counts for its home country), sorted.';
comment on column reporting.agreement_timeline.evidence is 'The sentence that reports the agreement.';
comment on table reporting.agreement_countries is 'Agreements by the states they bind, one row per agreement and state; an organization party counts for its home country.';
comment on column reporting.agreement_countries.agreement_id is 'The agreement (reporting.agreement_timeline).';
comment on column reporting.agreement_countries.country_iso2 is 'ISO 3166-1 alpha-2 code of the state the agreement binds.';
comment on column reporting.agreement_countries.country_name_fr is 'French name of that state.';
comment on column reporting.agreement_countries.region is 'UN M49 region of that state.';
comment on column reporting.agreement_countries.subregion is 'UN M49 sub-region of that state.';
comment on column reporting.agreement_countries.as_state is 'True when the state itself is a party, false when it counts only through its organizations.';
comment on column reporting.agreement_countries.via_organizations is 'Names of the organization parties that count for this state, sorted; empty if none.';
comment on column reporting.agreement_countries.activity_on is 'Signing date, else publication date (reporting.agreement_timeline).';
comment on column reporting.agreement_countries.activity_year is 'Year of activity_on.';
comment on column reporting.agreement_countries.activity_month is 'First day of the month of activity_on.';
comment on column reporting.agreement_countries.kind is 'Kind of agreement.';
comment on column reporting.agreement_countries.status is 'signed, agreed or planned.';
comment on column reporting.agreement_countries.sectors is 'Sectors of the agreement.';
comment on column reporting.agreement_countries.article_id is 'The article that reports the agreement (reporting.articles).';
comment on table reporting.country_pair_agreements is 'Agreements by undirected pair of states they bind (country_a < country_b), one row per agreement and pair.';
comment on column reporting.country_pair_agreements.agreement_id is 'The agreement (reporting.agreement_timeline).';
comment on column reporting.country_pair_agreements.country_a is 'The first state of the pair, ISO alpha-2, alphabetically before country_b.';
comment on column reporting.country_pair_agreements.country_b is 'The second state of the pair, ISO alpha-2.';
comment on column reporting.country_pair_agreements.activity_on is 'Signing date, else publication date.';
comment on column reporting.country_pair_agreements.activity_year is 'Year of activity_on.';
comment on column reporting.country_pair_agreements.kind is 'Kind of agreement.';
comment on column reporting.country_pair_agreements.status is 'signed, agreed or planned.';
comment on column reporting.country_pair_agreements.sectors is 'Sectors of the agreement.';
comment on column reporting.country_pair_agreements.article_id is 'The article that reports the agreement (reporting.articles).';
comment on table reporting.country_pair_counts is 'Agreement counts by undirected pair of states, year, kind and sector; an agreement with several sectors counts once in each.';
comment on column reporting.country_pair_counts.country_a is 'The first state of the pair, ISO alpha-2, alphabetically before country_b.';
comment on column reporting.country_pair_counts.country_b is 'The second state of the pair, ISO alpha-2.';
comment on column reporting.country_pair_counts.activity_year is 'Year of signing, else of publication; empty when neither is known.';
comment on column reporting.country_pair_counts.kind is 'Kind of agreement.';
comment on column reporting.country_pair_counts.sector is 'One sector of the agreements; empty for agreements without a sector.';
comment on column reporting.country_pair_counts.agreement_count is 'Number of agreements.';
comment on table reporting.country_pair_years is 'Agreements by undirected pair of states and year (organizations count for their home country).';
comment on column reporting.country_pair_years.country_a is 'The first state of the pair, ISO alpha-2, alphabetically before country_b.';
comment on column reporting.country_pair_years.country_b is 'The second state of the pair, ISO alpha-2.';
comment on column reporting.country_pair_years.activity_year is 'Year of signing, else of publication; empty when neither is known.';
comment on column reporting.country_pair_years.agreement_count is 'Agreements binding both states that year.';
comment on column reporting.country_pair_years.signed_count is 'Of those, the agreements reported as signed.';
comment on column reporting.country_pair_years.first_on is 'Earliest activity date of those agreements.';
comment on column reporting.country_pair_years.last_on is 'Latest activity date of those agreements.';
comment on table reporting.country_monthly_activity is 'Activity of each state by month: articles and mentions, and agreements it is a party to (directly or through its organizations).';
comment on column reporting.country_monthly_activity.country_iso2 is 'ISO 3166-1 alpha-2 code of the state.';
comment on column reporting.country_monthly_activity.country_name_fr is 'French name of the state.';
comment on column reporting.country_monthly_activity.region is 'UN M49 region of the state.';
comment on column reporting.country_monthly_activity.month is 'First day of the month: of publication for mentions, of activity_on for agreements; empty when undated.';
comment on column reporting.country_monthly_activity.article_count is 'Articles published that month that mention the state.';
comment on column reporting.country_monthly_activity.mention_count is 'Mentions of the state in those articles.';
comment on column reporting.country_monthly_activity.agreement_count is 'Agreements that month the state is a party to.';
comment on column reporting.country_monthly_activity.signed_count is 'Of those, the agreements reported as signed.';
comment on table reporting.organization_sectors is 'Sectors each organization is active in: agreements it is a party to, by sector.';
comment on column reporting.organization_sectors.organization_id is 'The organization (reporting.organizations).';
comment on column reporting.organization_sectors.organization_name is 'Canonical name of the organization.';
comment on column reporting.organization_sectors.sector is 'A sector of its agreements.';
comment on column reporting.organization_sectors.agreement_count is 'Agreements in that sector it is a party to.';
comment on column reporting.organization_sectors.first_activity_on is 'Earliest activity date of those agreements.';
comment on column reporting.organization_sectors.last_activity_on is 'Latest activity date of those agreements.';
comment on table reporting.organization_activity is 'Activity of each organization: the articles that name it and the agreements it is a party to.';
comment on column reporting.organization_activity.organization_id is 'The organization (reporting.organizations).';
comment on column reporting.organization_activity.organization_name is 'Canonical name of the organization.';
comment on column reporting.organization_activity.organization_acronym is 'Usual acronym, if any.';
comment on column reporting.organization_activity.organization_kind is 'igo, company, state_company, state_agency, financial, academic, media, ngo or other.';
comment on column reporting.organization_activity.organization_country_iso2 is 'Home country of the organization (empty for international bodies).';
comment on column reporting.organization_activity.article_count is 'Articles that name the organization.';
comment on column reporting.organization_activity.mention_count is 'Mentions of the organization in those articles.';
comment on column reporting.organization_activity.first_published_on is 'Publication date of the earliest article that names it.';
comment on column reporting.organization_activity.last_published_on is 'Publication date of the latest article that names it.';
comment on column reporting.organization_activity.agreement_count is 'Agreements it is a party to.';
comment on column reporting.organization_activity.first_activity_on is 'Earliest activity date of those agreements.';
comment on column reporting.organization_activity.last_activity_on is 'Latest activity date of those agreements.';
comment on column reporting.organization_activity.sectors is 'Sectors of those agreements, sorted.';
comment on table reporting.sector_summary is 'Agreements by sector and year, with how many articles, states and organizations they involve.';
comment on column reporting.sector_summary.sector is 'The sector; empty for agreements without a sector.';
comment on column reporting.sector_summary.activity_year is 'Year of signing, else of publication; empty when neither is known.';
comment on column reporting.sector_summary.agreement_count is 'Agreements in the sector that year.';
comment on column reporting.sector_summary.signed_count is 'Of those, the agreements reported as signed.';
comment on column reporting.sector_summary.article_count is 'Articles that report them.';
comment on column reporting.sector_summary.country_count is 'Distinct states they bind (organizations counted for their home country).';
comment on column reporting.sector_summary.organization_count is 'Distinct organizations among their parties.';
comment on table reporting.sector_region_counts is 'Agreements by sector, UN M49 region of the states they bind, and year; an agreement binding states of two regions counts in both.';
comment on column reporting.sector_region_counts.sector is 'A sector of the agreements.';
comment on column reporting.sector_region_counts.region is 'UN M49 region of the states bound.';
comment on column reporting.sector_region_counts.activity_year is 'Year of signing, else of publication; empty when neither is known.';
comment on column reporting.sector_region_counts.agreement_count is 'Agreements in that sector binding at least one state of the region.';
comment on column reporting.sector_region_counts.country_count is 'Distinct states of the region bound by them.';
