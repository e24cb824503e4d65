-- People who sign in (editors, admins) and the audit trail of what they changed.
create table app_user (
    id            bigint generated always as identity,
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    display_name  varchar(120),
    role          varchar(16)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint pk_app_user primary key (id),
    constraint uq_app_user_username unique (username),
    constraint ck_app_user_role check (role in ('ADMIN', 'EDITOR'))
);

create table audit_log (
    id          bigint generated always as identity,
    occurred_at timestamptz not null default now(),
    actor       varchar(64) not null,
    action      varchar(40) not null,
    entity_type varchar(40) not null,
    entity_id   bigint,
    article_id  bigint,
    before_state jsonb,
    after_state  jsonb,
    constraint pk_audit_log primary key (id)
);
create index ix_audit_log_entity on audit_log (entity_type, entity_id);
create index ix_audit_log_article_id on audit_log (article_id);
create index ix_audit_log_occurred_at on audit_log (occurred_at desc);
