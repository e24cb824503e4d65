-- Editor review: merged claims point to the claim they were merged into, places editors add
-- record who added them, and the review queue finds unreviewed automatic claims by index.
alter table claim add column merged_into_id bigint;
alter table claim add constraint fk_claim_merged_into foreign key (merged_into_id) references claim (id) on delete set null;
create index ix_claim_review_queue on claim (article_id, span_start) where review_status = 'UNREVIEWED' and origin = 'AUTOMATIC';

alter table location add column added_by varchar(64);
alter table location add constraint ck_location_added_by check (origin = 'GEONAMES' or added_by is not null);
