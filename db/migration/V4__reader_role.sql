-- entente_reader: the read-only group role for BI tools. It may read the reporting schema and nothing
-- else; `entente grant-reader --user NAME` makes login roles members of it. Roles are cluster-wide,
-- so the role may already exist (another database on the same server, a concurrent migration).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'entente_reader') then
        begin
            create role entente_reader nologin;
        exception when duplicate_object or unique_violation then
            null; -- created meanwhile by a concurrent migration
        end;
    end if;
    execute format('grant connect on database %I to entente_reader', current_database());
end
$$;

grant usage on schema reporting to entente_reader;
grant select on all tables in schema reporting to entente_reader;
-- Views and materialized views created later by the migrating role are readable too.
alter default privileges in schema reporting grant select on tables to entente_reader;

-- PostgreSQL 15+ already denies CREATE on public to ordinary roles; 14 does not.
revoke create on schema public from public;
