-- Extraction work queue: claimed with FOR UPDATE SKIP LOCKED so several app instances can share it.
create table extraction_job (
    id                bigint generated always as identity,
    article_id        bigint       not null,
    status            varchar(12)  not null default 'PENDING',
    attempts          integer      not null default 0,
    max_attempts      integer      not null default 5,
    run_after         timestamptz  not null default now(),
    locked_by         varchar(100),
    locked_at         timestamptz,
    started_at        timestamptz,
    finished_at       timestamptz,
    duration_ms       bigint,
    error             text,
    extractor_version varchar(20),
    reason            varchar(40)  not null default 'SUBMITTED',
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint pk_extraction_job primary key (id),
    constraint fk_extraction_job_article foreign key (article_id) references article (id) on delete cascade,
    constraint ck_extraction_job_status check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    constraint ck_extraction_job_attempts check (attempts >= 0 and attempts <= max_attempts)
);
create index ix_extraction_job_claimable on extraction_job (run_after) where status = 'PENDING';
create index ix_extraction_job_article_id on extraction_job (article_id, created_at desc);
