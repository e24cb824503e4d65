-- Bulk imports of articles (JSON Lines, RSS/Atom): the file is kept here so that a restart resumes where it stopped.
create table import_job (
    id            bigint generated always as identity,
    file_name     varchar(255) not null,
    format        varchar(8)   not null,
    content       bytea        not null,
    status        varchar(12)  not null default 'PENDING',
    lines_read    integer      not null default 0,
    saved         integer      not null default 0,
    duplicates    integer      not null default 0,
    failed        integer      not null default 0,
    total         integer,
    error         varchar(2000),
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    heartbeat_at  timestamptz,
    locked_by     varchar(100),
    constraint pk_import_job primary key (id),
    constraint ck_import_job_format check (format in ('JSONL', 'FEED')),
    constraint ck_import_job_status check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    constraint ck_import_job_counters check (lines_read >= 0 and saved >= 0 and duplicates >= 0 and failed >= 0
        and saved + duplicates + failed <= lines_read)
);
create index ix_import_job_claimable on import_job (created_at) where status in ('PENDING', 'RUNNING');
create index ix_import_job_created_at on import_job (created_at desc, id desc);

create table import_failure (
    id            bigint generated always as identity,
    import_job_id bigint        not null,
    line_number   integer       not null,
    reason        varchar(1000) not null,
    constraint pk_import_failure primary key (id),
    constraint fk_import_failure_job foreign key (import_job_id) references import_job (id) on delete cascade,
    constraint uq_import_failure_line unique (import_job_id, line_number)
);
