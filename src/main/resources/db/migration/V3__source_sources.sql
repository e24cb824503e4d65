-- Who makes claims: canonical sources and the names the press uses for them.
create table source (
    id             bigint generated always as identity,
    name           varchar(300) not null,
    kind           varchar(24)  not null,
    country_code   varchar(2),
    description    varchar(1000),
    merged_into_id bigint,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    constraint pk_source primary key (id),
    constraint fk_source_merged_into foreign key (merged_into_id) references source (id),
    constraint ck_source_kind check (kind in ('GOVERNMENT', 'MILITARY', 'INTELLIGENCE', 'OFFICIAL_PERSON', 'PERSON',
        'NGO_THINK_TANK', 'MEDIA', 'UNNAMED_OFFICIALS', 'OUTLET', 'OTHER'))
);
create unique index uq_source_name on source (lower(name)) where merged_into_id is null;

create table source_alias (
    id         bigint generated always as identity,
    source_id  bigint       not null,
    alias      varchar(300) not null,
    normalized varchar(300) not null,
    constraint pk_source_alias primary key (id),
    constraint fk_source_alias_source foreign key (source_id) references source (id) on delete cascade,
    constraint uq_source_alias_normalized unique (normalized)
);
create index ix_source_alias_source_id on source_alias (source_id);
