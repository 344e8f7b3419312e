-- A reload stopped by SIGTERM or Ctrl-C rolls back and is audited as 'stopped'.
alter table core.load_run drop constraint load_run_status_check;
alter table core.load_run add constraint load_run_status_check
    check (status in ('running', 'succeeded', 'partial', 'failed', 'refused', 'stopped'));

-- Read-only commands (report, docs, status) run as reader logins, which cannot read Flyway's history
-- table; this view (run with its owner's rights) tells them which schema version the warehouse is at.
create view reporting.warehouse_version as
select max(version::numeric)::int as version
from "${flyway:defaultSchema}"."${flyway:table}"
where success and version is not null;
comment on view reporting.warehouse_version is 'The schema version of this warehouse (its latest applied migration); read-only commands compare it with the version their jar expects.';
comment on column reporting.warehouse_version.version is 'Number of the latest versioned migration applied, e.g. 10 for V10__stopped_runs_and_version.sql.';
