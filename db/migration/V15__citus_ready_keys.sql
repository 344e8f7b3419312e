-- The four distributed tables V13 left waiting, made ready for Citus (src/docs/scaling.md): every
-- key of a table distributed by article_id includes article_id, and no distributed table has a
-- foreign key. The two uniquenesses that cannot include article_id, one article a content hash and
-- one article a source file, are kept by the loader, which alone writes these tables, under the
-- reload lock, and checked before each reload commits (org.entente.load.ReferenceCheck), as V6 did
-- for the facts' foreign keys. On plain PostgreSQL nothing else changes.

-- An agreement's parties carry its article, so that they sit on the same shard as the agreement.
alter table core.agreement_party add column article_id bigint;
update core.agreement_party p set article_id = g.article_id from core.agreement g where g.agreement_id = p.agreement_id;
-- Parties of no agreement (the reference check forbids them) have nowhere to go.
delete from core.agreement_party where article_id is null;
alter table core.agreement_party
    alter column article_id set not null,
    drop constraint agreement_party_pkey,
    add primary key (article_id, agreement_id, party_no);
drop index core.agreement_party_country_uq, core.agreement_party_org_uq;
create unique index agreement_party_country_uq on core.agreement_party (article_id, agreement_id, country_iso2)
    where country_iso2 is not null;
create unique index agreement_party_org_uq on core.agreement_party (article_id, agreement_id, organization_id)
    where organization_id is not null;
-- The old primary key led with agreement_id: BI tools read parties by agreement, newest first.
create index agreement_party_agreement_idx on core.agreement_party (agreement_id);
comment on column core.agreement_party.article_id is 'The article of the party''s agreement (core.agreement.article_id): the distribution key.';

-- agreement_id stays unique by its sequence; BI tools still look an agreement up by it alone.
alter table core.agreement
    drop constraint agreement_pkey,
    add primary key (article_id, agreement_id);
create index agreement_agreement_idx on core.agreement (agreement_id);

alter table core.article drop constraint article_content_sha256_key;
create index article_content_sha256_idx on core.article (content_sha256);

-- A file is re-pointed by deleting its row and inserting one under its new article.
alter table core.article_source
    drop constraint article_source_article_id_fkey,
    drop constraint article_source_pkey,
    add primary key (article_id, source_file);
drop index core.article_source_article_idx;
create index article_source_file_idx on core.article_source (source_file);

update core.distribution_plan set ready = true, remaining = null
where table_name in ('core.article', 'core.article_source', 'core.agreement', 'core.agreement_party');

-- Lays out every ready table of the plan that exists and is not laid out yet, when the citus
-- extension is installed (a no-op otherwise). Distributed tables are co-located with the first one
-- distributed. Called here and by the repeatable migrations after they create their tables.
create function core.apply_distribution_plan() returns void language plpgsql as $$
declare
    t record;
    anchor text;
begin
    if not exists (select 1 from pg_extension where extname = 'citus') then
        return;
    end if;
    for t in select p.table_name from core.distribution_plan p
             where p.ready and p.role = 'reference' and to_regclass(p.table_name) is not null
               and not exists (select 1 from pg_dist_partition d where d.logicalrelid = to_regclass(p.table_name))
             order by p.table_name loop
        perform create_reference_table(t.table_name);
    end loop;
    select p.table_name into anchor from core.distribution_plan p
    join pg_dist_partition d on d.logicalrelid = to_regclass(p.table_name)
    where p.role = 'distributed' order by p.table_name limit 1;
    for t in select p.table_name, p.distribution_column from core.distribution_plan p
             where p.ready and p.role = 'distributed' and to_regclass(p.table_name) is not null
               and not exists (select 1 from pg_dist_partition d where d.logicalrelid = to_regclass(p.table_name))
             order by p.table_name loop
        if anchor is null then
            perform create_distributed_table(t.table_name, t.distribution_column);
            anchor := t.table_name;
        else
            perform create_distributed_table(t.table_name, t.distribution_column, colocate_with => anchor);
        end if;
    end loop;
end
$$;
comment on function core.apply_distribution_plan() is 'Distributes the ready tables of core.distribution_plan not yet distributed, where citus is installed; does nothing elsewhere.';

select core.apply_distribution_plan();
