-- The contract with BI tools: these views, their columns and their comments (`entente docs` prints them). Rebuilt whenever this file changes.
-- Distributed tables are joined on article_id, or to reference tables, so that each view runs on the
-- workers of a Citus cluster without moving rows (src/docs/scaling.md; CitusPlanTest checks it).
drop view if exists reporting.articles, reporting.article_countries, reporting.article_organizations,
    reporting.agreements, reporting.agreement_parties, reporting.countries, reporting.organizations,
    reporting.vocabularies, reporting.load_runs, reporting.load_errors cascade;

-- An article's reported file is its first source in path order; every source is listed in source_files.
create view reporting.articles as
select a.article_id,
       s.source_files[1]     as source_file,
       s.source_files,
       a.content_sha256,
       a.published_on,
       a.published_precision,
       a.title,
       a.language,
       a.word_count,
       a.loaded_at,
       a.rules_version
from core.article a
join lateral (select array_agg(src.source_file order by src.source_file) as source_files
              from core.article_source src where src.article_id = a.article_id) s on true
where s.source_files is not null;
comment on view reporting.articles is 'One row per distinct article loaded from the corpus.';
comment on column reporting.articles.article_id is 'Stable identifier of the article within this warehouse.';
comment on column reporting.articles.source_file is 'Path of the article''s file under the corpus root (the first, if several files carry the same text).';
comment on column reporting.articles.source_files is 'Every corpus file whose content is this article.';
comment on column reporting.articles.content_sha256 is 'SHA-256 of the file''s bytes, hex.';
comment on column reporting.articles.published_on is 'Publication date from the file header; the first day of the month when only the month is known.';
comment on column reporting.articles.published_precision is 'Which part of published_on is known: day, month or year.';
comment on column reporting.articles.title is 'Title or first line of the article.';
comment on column reporting.articles.language is 'Detected language, ISO 639-1 (fr for French).';
comment on column reporting.articles.word_count is 'Number of words in the article text.';
comment on column reporting.articles.loaded_at is 'When this version of the article was loaded.';
comment on column reporting.articles.rules_version is 'Version of the extraction rules that produced the article''s facts.';

create view reporting.countries as
select iso2 as country_iso2, iso3 as country_iso3, numeric_code, name_fr, name_en, region, subregion
from core.country;
comment on view reporting.countries is 'ISO 3166-1 countries and territories with their UN M49 region.';
comment on column reporting.countries.country_iso2 is 'ISO 3166-1 alpha-2 code.';
comment on column reporting.countries.country_iso3 is 'ISO 3166-1 alpha-3 code.';
comment on column reporting.countries.numeric_code is 'ISO 3166-1 numeric code (three digits).';
comment on column reporting.countries.name_fr is 'Common French name.';
comment on column reporting.countries.name_en is 'Common English name.';
comment on column reporting.countries.region is 'UN M49 region (Africa, Americas, Asia, Europe, Oceania).';
comment on column reporting.countries.subregion is 'UN M49 sub-region.';

-- Readers cannot read core, so the vocabularies are published here (report parameters are checked against them).
create view reporting.vocabularies as
select 'kind'::text as vocabulary, code, description from core.agreement_kind
union all
select 'status', code, description from core.agreement_status
union all
select 'sector', code, description from core.sector;
comment on view reporting.vocabularies is 'The codes of the agreement kinds, statuses and sectors, with what each means.';
comment on column reporting.vocabularies.vocabulary is 'kind, status or sector.';
comment on column reporting.vocabularies.code is 'The code as reporting.agreements and the marts store it, e.g. mou, signed, defense.';
comment on column reporting.vocabularies.description is 'What the code covers (French).';

-- Mentions are counted before the join, so a filter on the country reaches the
-- (country_iso2, article_id) index and only that country's mentions are read. A mention keeps its
-- sentence as offsets in the article text (V16): the first one is cut from the body here.
create view reporting.article_countries as
select ac.article_id,
       ar.source_file,
       ac.country_iso2,
       c.name_fr                   as country_name_fr,
       c.name_en                   as country_name_en,
       ac.mention_count,
       substr(a.body, ac.evidence_start + 1, ac.evidence_end - ac.evidence_start) as first_evidence,
       ac.first_offset
from (select article_id,
             country_iso2,
             count(*)::integer                                     as mention_count,
             (array_agg(evidence_start order by start_offset))[1] as evidence_start,
             (array_agg(evidence_end order by start_offset))[1]   as evidence_end,
             min(start_offset)                                     as first_offset
      from core.article_country
      group by article_id, country_iso2) ac
join reporting.articles ar on ar.article_id = ac.article_id
join core.article a on a.article_id = ac.article_id
join core.country c on c.iso2 = ac.country_iso2;
comment on view reporting.article_countries is 'Countries each article refers to (by name, demonym, capital or epithet), one row per article and country.';
comment on column reporting.article_countries.article_id is 'The article (reporting.articles).';
comment on column reporting.article_countries.source_file is 'The article''s file under the corpus root.';
comment on column reporting.article_countries.country_iso2 is 'ISO 3166-1 alpha-2 code of the country referred to.';
comment on column reporting.article_countries.country_name_fr is 'French name of the country.';
comment on column reporting.article_countries.country_name_en is 'English name of the country.';
comment on column reporting.article_countries.mention_count is 'How many times the article refers to the country.';
comment on column reporting.article_countries.first_evidence is 'The sentence of the first mention.';
comment on column reporting.article_countries.first_offset is 'Character offset of the first mention in the article text.';

-- core.organization keeps every organization ever registered (ids stay stable across reloads); the
-- view shows only those some loaded article still names or has as an agreement party.
create view reporting.organizations as
select o.organization_id, o.name as organization_name, o.acronym as organization_acronym,
       o.kind as organization_kind, o.country_iso2 as organization_country_iso2
from core.organization o
where exists (select 1 from core.article_organization ao where ao.organization_id = o.organization_id)
   or exists (select 1 from core.agreement_party ap where ap.organization_id = o.organization_id);
comment on view reporting.organizations is 'Organizations named by at least one loaded article (mentioned or party to an agreement): IGOs, companies, agencies, banks, media.';
comment on column reporting.organizations.organization_id is 'Stable identifier of the organization.';
comment on column reporting.organizations.organization_name is 'Canonical name of the organization.';
comment on column reporting.organizations.organization_acronym is 'Usual acronym, if any.';
comment on column reporting.organizations.organization_kind is 'igo, company, state_company, state_agency, financial, academic, media, ngo or other.';
comment on column reporting.organizations.organization_country_iso2 is 'Home country of the organization (empty for international bodies).';

create view reporting.article_organizations as
select ar.article_id,
       ar.source_file,
       o.organization_id,
       coalesce(nullif(ao.written, o.acronym), o.name) as organization_name,
       o.name            as canonical_name,
       o.acronym         as organization_acronym,
       o.kind            as organization_kind,
       o.country_iso2    as organization_country_iso2,
       ao.mention_count,
       substr(a.body, ao.evidence_start + 1, ao.evidence_end - ao.evidence_start) as first_evidence,
       ao.first_offset
from (select article_id,
             organization_id,
             count(*)::integer                                     as mention_count,
             (array_agg(surface order by length(surface) desc, start_offset))[1] as written,
             (array_agg(evidence_start order by start_offset))[1] as evidence_start,
             (array_agg(evidence_end order by start_offset))[1]   as evidence_end,
             min(start_offset)                                     as first_offset
      from core.article_organization
      group by article_id, organization_id) ao
join reporting.articles ar on ar.article_id = ao.article_id
join core.article a on a.article_id = ao.article_id
join core.organization o on o.organization_id = ao.organization_id;
comment on view reporting.article_organizations is 'Organizations each article names, one row per article and organization.';
comment on column reporting.article_organizations.article_id is 'The article (reporting.articles).';
comment on column reporting.article_organizations.source_file is 'The article''s file under the corpus root.';
comment on column reporting.article_organizations.organization_id is 'The organization (reporting.organizations).';
comment on column reporting.article_organizations.organization_name is 'The organization''s name as the article writes it, its fullest form (the canonical name where the article writes only the acronym).';
comment on column reporting.article_organizations.canonical_name is 'Canonical name of the organization, the same in every article (reporting.organizations).';
comment on column reporting.article_organizations.organization_acronym is 'Usual acronym, if any.';
comment on column reporting.article_organizations.organization_kind is 'igo, company, state_company, state_agency, financial, academic, media, ngo or other.';
comment on column reporting.article_organizations.organization_country_iso2 is 'Home country of the organization, if known.';
comment on column reporting.article_organizations.mention_count is 'How many times the article names the organization.';
comment on column reporting.article_organizations.first_evidence is 'The sentence of the first mention.';
comment on column reporting.article_organizations.first_offset is 'Character offset of the first mention in the article text.';

create view reporting.agreements as
select g.agreement_id,
       g.article_id,
       s.source_file,
       a.published_on,
       g.kind,
       g.status,
       g.signed_on,
       g.signed_precision,
       g.place_name,
       g.place_country_iso2,
       g.sectors,
       g.evidence,
       g.start_offset,
       g.end_offset,
       (select count(*)::integer from core.agreement_party p
        where p.article_id = g.article_id and p.agreement_id = g.agreement_id) as party_count
from core.agreement g
-- The article and its first file, looked up for each agreement (offset 0 keeps each a lookup, never a join
-- the planner could turn around or sort): the agreements are read as stored, and the loader stores a load
-- into an empty warehouse in the order it writes, so a whole read of it gives each article's agreements
-- in the order its text reports them. The view has no order of its own, which would keep joins and
-- filters from its indexes.
cross join lateral (select art.published_on from core.article art where art.article_id = g.article_id offset 0) a
cross join lateral (select min(src.source_file) as source_file from core.article_source src
                    where src.article_id = g.article_id offset 0) s
where s.source_file is not null;
comment on view reporting.agreements is 'Agreements the articles report as signed, agreed or planned; one row per agreement per article. Order by agreement_id for an order: an article''s agreements are numbered in the order its text reports them.';
comment on column reporting.agreements.agreement_id is 'Stable identifier of the agreement.';
comment on column reporting.agreements.article_id is 'The article that reports it (reporting.articles).';
comment on column reporting.agreements.source_file is 'The article''s file under the corpus root.';
comment on column reporting.agreements.published_on is 'Publication date of the article.';
comment on column reporting.agreements.kind is 'joint_declaration, mou, agreement, treaty, contract, partnership or other.';
comment on column reporting.agreements.status is 'signed, agreed or planned.';
comment on column reporting.agreements.signed_on is 'When it was signed or agreed; the first of the month when only the month is known.';
comment on column reporting.agreements.signed_precision is 'Which part of signed_on is known: day, month or year.';
comment on column reporting.agreements.place_name is 'Where it was signed, as written in the article.';
comment on column reporting.agreements.place_country_iso2 is 'Country where it was signed (never counted as a party).';
comment on column reporting.agreements.sectors is 'Up to three sector codes, most salient first (listed in reporting.vocabularies).';
comment on column reporting.agreements.evidence is 'The sentence that reports the agreement.';
comment on column reporting.agreements.start_offset is 'Character offset where the evidence starts in the article text.';
comment on column reporting.agreements.end_offset is 'Character offset where the evidence ends in the article text.';
comment on column reporting.agreements.party_count is 'Number of parties.';

create view reporting.agreement_parties as
select p.agreement_id,
       p.party_no,
       case when p.country_iso2 is not null then 'country' else 'organization' end as party_type,
       p.country_iso2,
       c.name_fr           as country_name_fr,
       o.organization_id,
       coalesce(nullif((select m.surface from core.article_organization m  -- its fullest name as its article writes it
                        where m.article_id = p.article_id and m.organization_id = p.organization_id
                        order by length(m.surface) desc, m.start_offset limit 1), o.acronym), o.name)
                           as organization_name,
       o.name              as canonical_name,
       o.acronym           as organization_acronym,
       o.kind              as organization_kind,
       coalesce(p.country_iso2, o.country_iso2) as rollup_country_iso2
from core.agreement_party p
left join core.country c on c.iso2 = p.country_iso2
left join core.organization o on o.organization_id = p.organization_id
-- A party carries its agreement's article (every party has its agreement: the loader checks it).
where exists (select 1 from core.article_source s where s.article_id = p.article_id);
comment on view reporting.agreement_parties is 'Parties of each agreement: a country or an organization.';
comment on column reporting.agreement_parties.agreement_id is 'The agreement (reporting.agreements).';
comment on column reporting.agreement_parties.party_no is 'Order of the party in the article.';
comment on column reporting.agreement_parties.party_type is 'country or organization.';
comment on column reporting.agreement_parties.country_iso2 is 'The party, when it is a state: ISO 3166-1 alpha-2.';
comment on column reporting.agreement_parties.country_name_fr is 'French name of the state party.';
comment on column reporting.agreement_parties.organization_id is 'The party, when it is an organization (reporting.organizations).';
comment on column reporting.agreement_parties.organization_name is 'The organization party''s name as the article writes it, its fullest form (the canonical name where it writes only the acronym).';
comment on column reporting.agreement_parties.canonical_name is 'Canonical name of the organization party, the same in every article (reporting.organizations).';
comment on column reporting.agreement_parties.organization_acronym is 'Acronym of the organization party.';
comment on column reporting.agreement_parties.organization_kind is 'Kind of the organization party.';
comment on column reporting.agreement_parties.rollup_country_iso2 is 'The state the party counts for: itself, or the organization''s home country.';

create view reporting.load_runs as
select run_id, started_at, finished_at, finished_at - started_at as duration, status, corpus_root,
       rules_version, host, files_new, files_changed, files_unchanged, files_removed, files_failed, message
from core.load_run;
comment on view reporting.load_runs is 'Every reload: when, where from, how it ended and what it did.';
comment on column reporting.load_runs.run_id is 'Identifier of the run.';
comment on column reporting.load_runs.started_at is 'When the run started.';
comment on column reporting.load_runs.finished_at is 'When the run ended; empty while running or if the loader was killed.';
comment on column reporting.load_runs.duration is 'finished_at minus started_at.';
comment on column reporting.load_runs.status is 'running, succeeded, partial (some files failed or a folder could not be read; what it could not see was kept), failed (nothing committed), refused (it would have removed more than --max-removals allows; nothing changed), or stopped (SIGTERM or Ctrl-C arrived mid-run; rolled back, nothing committed).';
comment on column reporting.load_runs.corpus_root is 'The real path of the corpus directory that was loaded (links resolved).';
comment on column reporting.load_runs.rules_version is 'Version of the extraction rules used.';
comment on column reporting.load_runs.host is 'Host name of the loader.';
comment on column reporting.load_runs.files_new is 'Files seen for the first time.';
comment on column reporting.load_runs.files_changed is 'Files whose content changed (or re-extracted under new rules).';
comment on column reporting.load_runs.files_unchanged is 'Files skipped because nothing changed.';
comment on column reporting.load_runs.files_removed is 'Files gone from the corpus since the previous run.';
comment on column reporting.load_runs.files_failed is 'Files that could not be loaded.';
comment on column reporting.load_runs.message is 'Error message of a failed run.';

create view reporting.load_errors as
select f.run_id, r.started_at, f.source_file, f.reason
from core.load_file f join core.load_run r on r.run_id = f.run_id
where f.outcome = 'failed';
comment on view reporting.load_errors is 'Files that failed to load, with the reason, per run.';
comment on column reporting.load_errors.run_id is 'The run (reporting.load_runs).';
comment on column reporting.load_errors.started_at is 'When the run started.';
comment on column reporting.load_errors.source_file is 'Path of the file under the corpus root.';
comment on column reporting.load_errors.reason is 'Why the file could not be loaded.';
