-- News articles as editors submit them.
create table article (
    id           bigint generated always as identity,
    title        varchar(500)  not null,
    url          varchar(2048) not null,
    outlet       varchar(200)  not null,
    author       varchar(300),
    published_at timestamptz   not null,
    body         text          not null,
    content_hash varchar(64)     not null,
    language     varchar(8)    not null default 'en',
    status       varchar(16)   not null default 'PUBLISHED',
    extraction_status varchar(12) not null default 'PENDING',
    created_by   varchar(64),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0,
    constraint pk_article primary key (id),
    constraint uq_article_url unique (url),
    constraint uq_article_content_hash unique (content_hash),
    constraint ck_article_status check (status in ('DRAFT', 'PUBLISHED')),
    constraint ck_article_extraction_status check (extraction_status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    constraint ck_article_body_size check (octet_length(body) <= 5242880)
);
create index ix_article_published_at on article (published_at desc, id desc);
create index ix_article_status on article (status);

alter table audit_log add constraint fk_audit_log_article foreign key (article_id) references article (id) on delete set null;
