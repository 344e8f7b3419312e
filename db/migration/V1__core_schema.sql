-- The normalized warehouse, owned by the loader. BI tools read the reporting schema instead.
create schema if not exists core;
create schema if not exists reporting;

-- ISO 3166-1 reference; rows come from V2__reference_countries.sql.
create table core.country (
    iso2         char(2) primary key check (iso2 ~ '^[A-Z]{2}$'),
    iso3         char(3) not null unique check (iso3 ~ '^[A-Z]{3}$'),
    numeric_code char(3) not null unique check (numeric_code ~ '^[0-9]{3}$'),
    name_fr      text    not null,
    name_en      text    not null,
    region       text,
    subregion    text
);

-- Vocabularies of GOLD.md, as reference tables so that BI tools can list them.
create table core.agreement_kind (
    code        text primary key,
    description text not null
);
insert into core.agreement_kind (code, description) values
    ('joint_declaration', 'déclaration commune ou conjointe, communiqué conjoint'),
    ('mou',               'protocole ou mémorandum d''entente ou d''accord, lettre d''intention'),
    ('agreement',         'accord (de coopération, cadre, de prêt, de libre-échange, de financement), échange de notes'),
    ('treaty',            'traité, convention, pacte'),
    ('contract',          'contrat de vente, de fourniture ou de construction'),
    ('partnership',       'partenariat ou cadre de coopération établi, rehaussé ou élargi sans document nommé'),
    ('other',             'feuille de route, plan d''action, procès-verbal, programme');

create table core.agreement_status (
    code        text primary key,
    description text not null
);
insert into core.agreement_status (code, description) values
    ('signed',  'signé, conclu, adopté, paraphé ou ratifié'),
    ('agreed',  'convenu ou approuvé en principe'),
    ('planned', 'annoncé, attendu ou proposé, pas encore signé');

create table core.sector (
    code        text primary key,
    description text not null
);
insert into core.sector (code, description) values
    ('agriculture', 'agriculture, pêche, alimentation'),
    ('aerospace', 'aéronautique et spatial'),
    ('cyber', 'cybersécurité et numérique de sécurité'),
    ('defense', 'défense et industrie de défense'),
    ('diplomacy', 'relations politiques et diplomatiques'),
    ('education', 'éducation et formation'),
    ('energy', 'énergie'),
    ('environment', 'environnement et climat'),
    ('finance', 'finance, investissement, prêts'),
    ('health', 'santé'),
    ('infrastructure', 'infrastructures et construction'),
    ('migration', 'migrations et mobilité'),
    ('mining', 'mines et minéraux'),
    ('science', 'science et technologie'),
    ('security', 'sécurité'),
    ('telecom', 'télécommunications'),
    ('trade', 'commerce et investissement');

-- One row per distinct content; the files that carry it are in article_source.
create table core.article (
    article_id          bigint generated always as identity primary key,
    content_sha256      char(64) not null unique check (content_sha256 ~ '^[0-9a-f]{64}$'),
    published_on        date,
    published_precision text check (published_precision in ('day', 'month', 'year')),
    title               text,
    body                text not null,
    language            text not null,
    word_count          integer not null check (word_count >= 0),
    loaded_at           timestamptz not null default now(),
    rules_version       text not null,
    check ((published_on is null) = (published_precision is null))
);

create table core.article_source (
    source_file   text primary key,
    article_id    bigint not null references core.article on delete cascade,
    first_seen_at timestamptz not null default now()
);
create index article_source_article_idx on core.article_source (article_id);

create table core.organization (
    organization_id bigint generated always as identity primary key,
    name            text not null,
    acronym         text,
    kind            text not null check (kind in ('igo', 'company', 'state_company', 'state_agency',
                                                  'financial', 'academic', 'media', 'ngo', 'other')),
    country_iso2    char(2) references core.country,
    -- Lower-cased, accent-free name: one organization however it is capitalized.
    name_key        text not null unique
);

create table core.article_country (
    article_id   bigint  not null references core.article on delete cascade,
    start_offset integer not null,
    end_offset   integer not null,
    country_iso2 char(2) not null references core.country,
    mention_type text    not null check (mention_type in ('name', 'demonym', 'capital', 'epithet')),
    surface      text    not null,
    evidence     text    not null,
    primary key (article_id, start_offset),
    check (start_offset >= 0 and end_offset > start_offset)
);
create index article_country_country_idx on core.article_country (country_iso2);

create table core.article_organization (
    article_id      bigint  not null references core.article on delete cascade,
    start_offset    integer not null,
    end_offset      integer not null,
    organization_id bigint  not null references core.organization,
    surface         text    not null,
    evidence        text    not null,
    primary key (article_id, start_offset),
    check (start_offset >= 0 and end_offset > start_offset)
);
create index article_organization_org_idx on core.article_organization (organization_id);

create table core.agreement (
    agreement_id       bigint generated always as identity primary key,
    article_id         bigint  not null references core.article on delete cascade,
    ordinal            integer not null check (ordinal >= 0),
    kind               text    not null references core.agreement_kind,
    status             text    not null references core.agreement_status,
    signed_on          date,
    signed_precision   text check (signed_precision in ('day', 'month', 'year')),
    place_name         text,
    place_country_iso2 char(2) references core.country,
    sectors            text[]  not null default '{}'
        check (cardinality(sectors) <= 3 and sectors <@ array['agriculture', 'aerospace', 'cyber', 'defense',
               'diplomacy', 'education', 'energy', 'environment', 'finance', 'health', 'infrastructure',
               'migration', 'mining', 'science', 'security', 'telecom', 'trade']::text[]),
    start_offset       integer not null,
    end_offset         integer not null,
    evidence           text    not null,
    unique (article_id, ordinal),
    check ((signed_on is null) = (signed_precision is null)),
    check (start_offset >= 0 and end_offset > start_offset)
);

create table core.agreement_party (
    agreement_id    bigint  not null references core.agreement on delete cascade,
    party_no        integer not null check (party_no >= 0),
    country_iso2    char(2) references core.country,
    organization_id bigint references core.organization,
    primary key (agreement_id, party_no),
    check ((country_iso2 is null) <> (organization_id is null))
);
create unique index agreement_party_country_uq on core.agreement_party (agreement_id, country_iso2)
    where country_iso2 is not null;
create unique index agreement_party_org_uq on core.agreement_party (agreement_id, organization_id)
    where organization_id is not null;
create index agreement_party_org_idx on core.agreement_party (organization_id);

-- Audit: written outside the reload's transaction so that failed runs are recorded too.
create table core.load_run (
    run_id          bigint generated always as identity primary key,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz,
    status          text not null check (status in ('running', 'succeeded', 'partial', 'failed')),
    corpus_root     text not null,
    rules_version   text not null,
    host            text not null,
    files_new       integer not null default 0,
    files_changed   integer not null default 0,
    files_unchanged integer not null default 0,
    files_removed   integer not null default 0,
    files_failed    integer not null default 0,
    message         text
);

create table core.load_file (
    run_id         bigint not null references core.load_run on delete cascade,
    source_file    text   not null,
    outcome        text   not null check (outcome in ('new', 'changed', 'unchanged', 'removed', 'failed')),
    content_sha256 char(64),
    reason         text,
    primary key (run_id, source_file),
    check ((outcome = 'failed') = (reason is not null))
);
