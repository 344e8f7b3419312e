-- A reload compares the corpus listing with the stored sources in SQL (ListingComparison) and must
-- also look at the files whose article came from other rules than the current ones: with this index
-- finding none costs two index probes, not a scan of every article (bodies included).
create index article_rules_version_idx on core.article (rules_version);
