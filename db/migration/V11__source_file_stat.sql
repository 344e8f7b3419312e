-- What a file looked like when it was last read, as git's index keeps it: a reload hashes only the
-- files whose size, modification time or identity (device and inode) changed; reload --verify
-- rehashes every file. Null until a reload reads the file (or when it was modified too recently for
-- its modification time to prove anything): such a file is hashed.
alter table core.article_source
    add column file_size     bigint,
    add column file_mtime_ns bigint,
    add column file_key      text;
comment on column core.article_source.file_size is 'Size in bytes when the file was last read.';
comment on column core.article_source.file_mtime_ns is 'Modification time, nanoseconds since 1970, when the file was last read.';
comment on column core.article_source.file_key is 'Device and inode of the file when it was last read.';
