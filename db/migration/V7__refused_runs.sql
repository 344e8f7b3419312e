-- A reload refused by its removal guard (--max-removals) is audited as 'refused': it changed nothing.
alter table core.load_run drop constraint load_run_status_check;
alter table core.load_run add constraint load_run_status_check
    check (status in ('running', 'succeeded', 'partial', 'failed', 'refused'));
