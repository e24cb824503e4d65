-- A total over a stated period ("1,024 civilians have been killed since February", "this year", "so far"),
-- kept apart from the counts of the event an article reports.
alter table claim add column period_total boolean not null default false;
