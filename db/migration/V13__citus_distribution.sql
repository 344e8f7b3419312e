-- The plan for Citus (src/docs/scaling.md), as data: each core table is distributed by article_id,
-- a reference table (replicated to every worker) or local to the coordinator. `ready` says whether
-- its keys already allow it; CitusPlanTest holds every ready table to Citus's rules on plain
-- PostgreSQL, and this migration distributes the ready ones only where the citus extension is
-- installed, so a plain PostgreSQL is unchanged.
create table core.distribution_plan (
    table_name          text primary key,
    role                text not null check (role in ('distributed', 'reference', 'local')),
    distribution_column text check ((role = 'distributed') = (distribution_column is not null)),
    ready               boolean not null,
    remaining           text check (ready = (remaining is null))
);
comment on table core.distribution_plan is 'How each core table is laid out on a Citus cluster, and what still stops the tables not yet ready.';

insert into core.distribution_plan values
    ('core.country',              'reference',   null,         true,  null),
    ('core.agreement_kind',       'reference',   null,         true,  null),
    ('core.agreement_status',     'reference',   null,         true,  null),
    ('core.sector',               'reference',   null,         true,  null),
    ('core.organization',         'reference',   null,         true,  null),
    ('core.article_country',      'distributed', 'article_id', true,  null),
    ('core.article_organization', 'distributed', 'article_id', true,  null),
    ('core.article',              'distributed', 'article_id', false,
     'unique (content_sha256) does not include article_id: move it to a core.article_hash table'),
    ('core.article_source',       'distributed', 'article_id', false,
     'primary key (source_file) does not include article_id, and its foreign key points at core.article'),
    ('core.agreement',            'distributed', 'article_id', false,
     'primary key (agreement_id) does not include article_id'),
    ('core.agreement_party',      'distributed', 'article_id', false,
     'has no article_id column yet (to be copied from its agreement)'),
    ('core.load_run',             'local',       null,         true,  null),
    ('core.load_file',            'local',       null,         true,  null),
    ('core.scheduled_tasks',      'local',       null,         true,  null),
    ('core.distribution_plan',    'local',       null,         true,  null);

do $$
declare
    t record;
    first_distributed text;
begin
    if not exists (select 1 from pg_extension where extname = 'citus') then
        return;
    end if;
    for t in select * from core.distribution_plan where ready and role = 'reference' order by table_name loop
        perform create_reference_table(t.table_name);
    end loop;
    for t in select * from core.distribution_plan where ready and role = 'distributed' order by table_name loop
        if first_distributed is null then
            perform create_distributed_table(t.table_name, t.distribution_column);
            first_distributed := t.table_name;
        else
            perform create_distributed_table(t.table_name, t.distribution_column, colocate_with => first_distributed);
        end if;
    end loop;
end
$$;
