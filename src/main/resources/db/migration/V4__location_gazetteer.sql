-- The gazetteer (GeoNames: countries, first-level regions, populated places, imported villages)
-- and places editors add by hand.
create table location (
    id            bigint generated always as identity,
    geonames_id   bigint,
    name          varchar(200)     not null,
    ascii_name    varchar(200),
    feature_class varchar(1),
    feature_code  varchar(10),
    country_code  varchar(2),
    admin1_code   varchar(20),
    latitude      double precision not null,
    longitude     double precision not null,
    population    bigint           not null default 0,
    precision     varchar(12)      not null,
    parent_id     bigint,
    origin        varchar(12)      not null default 'GEONAMES',
    created_at    timestamptz      not null default now(),
    constraint pk_location primary key (id),
    constraint uq_location_geonames_id unique (geonames_id),
    constraint fk_location_parent foreign key (parent_id) references location (id),
    constraint ck_location_precision check (precision in ('COUNTRY', 'REGION', 'CITY', 'VILLAGE')),
    constraint ck_location_origin check (origin in ('GEONAMES', 'EDITOR')),
    constraint ck_location_latitude check (latitude between -90 and 90),
    constraint ck_location_longitude check (longitude between -180 and 180)
);
create index ix_location_country_admin1 on location (country_code, admin1_code);
create index ix_location_parent_id on location (parent_id);

create table location_name (
    id          bigint generated always as identity,
    location_id bigint       not null,
    name        varchar(200) not null,
    normalized  varchar(200) not null,
    constraint pk_location_name primary key (id),
    constraint fk_location_name_location foreign key (location_id) references location (id) on delete cascade,
    constraint uq_location_name unique (location_id, normalized)
);
create index ix_location_name_normalized on location_name (normalized);
