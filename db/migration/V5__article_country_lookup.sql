-- Reports and BI filters ask for one country's articles, newest first: one index serves the
-- filter and the order, and replaces the index on the country alone.
create index article_country_country_article_idx on core.article_country (country_iso2, article_id);
drop index core.article_country_country_idx;
