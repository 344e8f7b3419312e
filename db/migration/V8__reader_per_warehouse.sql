-- Reader access per warehouse. V4's entente_reader is one role for the whole server and every warehouse
-- granted it, so a login made for one warehouse read reporting in all of them. Each database now has its
-- own group role, named after it and recorded in core.reader_group(); entente_reader loses its grants
-- here (logins made before must be granted again). Readers may connect to this database only, create no
-- temporary tables and no large objects.
do $$
declare
    db      text := current_database();
    db_oid  oid := (select oid from pg_database where datname = current_database());
    grp     text;
    lo_sql  text := 'revoke execute on function pg_catalog.lo_creat(integer), pg_catalog.lo_create(oid), '
                 || 'pg_catalog.lo_from_bytea(oid, bytea), pg_catalog.lo_import(text), '
                 || 'pg_catalog.lo_import(text, oid) from public';
begin
    -- Role names are at most 63 bytes: a long or unusual database name is shortened, and a hash of the
    -- exact name keeps two databases from sharing a group ("My DB" and "my_db").
    grp := case when db ~ '^[a-z0-9_]+$' and octet_length('entente_reader_' || db) <= 63
                then 'entente_reader_' || db
                else 'entente_reader_' || left(regexp_replace(lower(db), '[^a-z0-9_]', '_', 'g'), 38)
                     || '_' || left(md5(db), 8) end;
    if not exists (select 1 from pg_roles where rolname = grp) then
        begin
            execute format('create role %I nologin', grp);
        exception when duplicate_object or unique_violation then
            null; -- created meanwhile by a concurrent migration
        end;
    end if;
    -- A role of that name made by someone else must not be reused: it could log in or hold other rights.
    if exists (select 1 from pg_roles r where r.rolname = grp and (r.rolcanlogin or r.rolsuper or r.rolcreaterole
                   or r.rolcreatedb or r.rolreplication or r.rolbypassrls))
       or exists (select 1 from pg_auth_members m join pg_roles r on r.oid = m.member where r.rolname = grp)
       or exists (select 1 from pg_shdepend d join pg_roles r on r.oid = d.refobjid where r.rolname = grp
                  and not (d.dbid = db_oid or (d.classid = 'pg_database'::regclass and d.objid = db_oid))) then
        raise exception 'Entente: role % exists and is not a plain group role of this database only: '
            'rename or drop it, then migrate again', grp;
    end if;
    execute format('create or replace function core.reader_group() returns name language sql immutable as %L',
                   format('select %L::name', grp));
    execute format('grant usage on schema reporting to %I', grp);
    execute format('grant select on all tables in schema reporting to %I', grp);
    -- Views and materialized views created later by the migrating role are readable too.
    execute format('alter default privileges in schema reporting grant select on tables to %I', grp);

    if exists (select 1 from pg_roles where rolname = 'entente_reader') then
        revoke select on all tables in schema reporting from entente_reader;
        revoke usage on schema reporting from entente_reader;
        alter default privileges in schema reporting revoke select on tables from entente_reader;
        execute format('revoke connect on database %I from entente_reader', db);
    end if;

    -- Only the owner (or a member of its role, or a superuser) can take CONNECT and TEMPORARY back from
    -- PUBLIC; the migrating user, who also loads and schedules, keeps both explicitly.
    if pg_has_role(current_user, (select datdba from pg_database where oid = db_oid), 'USAGE') then
        execute format('revoke connect, temporary on database %I from public', db);
        execute format('grant connect, temporary on database %I to %I', db, current_user);
        execute format('grant connect on database %I to %I', db, grp);
    else
        raise warning 'Entente: % does not own database %, so any role on the server may still connect to it '
            'and create temporary tables. Its owner should run: revoke connect, temporary on database % from '
            'public; grant connect on database % to %; grant connect, temporary on database % to %',
            current_user, db, db, db, grp, db, current_user;
    end if;

    -- Large objects persist and need no privilege to create; only a superuser can revoke the functions
    -- that create them (they belong to the bootstrap superuser), and the revoke holds in this database.
    if (select rolsuper from pg_roles where rolname = current_user) then
        execute lo_sql;
    else
        raise warning 'Entente: % is not a superuser, so readers of % can still create large objects '
            '(lo_from_bytea, lo_create...). A superuser should run in this database: %; '
            'grant-reader does it when run by a superuser.', current_user, db, lo_sql;
    end if;
end
$$;

comment on function core.reader_group() is
    'The group role whose members may read this warehouse''s reporting schema (grant-reader adds logins to it).';
