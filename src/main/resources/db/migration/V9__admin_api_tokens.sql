-- Personal API tokens: only the SHA-256 of the secret is kept, with a short prefix to recognise it.
create table api_token (
    id           bigint generated always as identity,
    user_id      bigint       not null,
    name         varchar(100) not null,
    token_prefix varchar(16)  not null,
    token_hash   varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    constraint pk_api_token primary key (id),
    constraint fk_api_token_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint uq_api_token_hash unique (token_hash),
    constraint ck_api_token_hash check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint ck_api_token_expiry check (expires_at is null or expires_at > created_at)
);
create index ix_api_token_user_id on api_token (user_id, created_at desc);
