-- The size, modification time and path of the jar a run's extractor came from. A reload whose jar
-- has the stamp of the last run that committed knows the rules version without loading the rules,
-- and builds the extractor only if a file needs extracting (reload --verify always builds it).
alter table core.load_run add column code_stamp text;
comment on column core.load_run.code_stamp is 'Path, size and modification time of the jar that ran, when it ran from a jar.';
