-- What articles claim: reported speech (attributions), place mentions and figures, with provenance.
create table attribution (
    id                bigint generated always as identity,
    article_id        bigint        not null,
    source_id         bigint,
    source_text       varchar(1000),
    source_start      integer,
    source_end        integer,
    cue_text          varchar(200)  not null,
    cue_start         integer       not null,
    cue_end           integer       not null,
    content_text      text          not null,
    content_start     integer       not null,
    content_end       integer       not null,
    direct            boolean       not null,
    extractor_name    varchar(60)   not null,
    extractor_version varchar(20)   not null,
    created_at        timestamptz   not null default now(),
    constraint pk_attribution primary key (id),
    constraint fk_attribution_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_attribution_source foreign key (source_id) references source (id),
    constraint ck_attribution_spans check (cue_start <= cue_end and content_start <= content_end
        and (source_start is null or source_start <= source_end))
);
create index ix_attribution_article_id on attribution (article_id);
create index ix_attribution_source_id on attribution (source_id);

create table location_mention (
    id                 bigint generated always as identity,
    article_id         bigint       not null,
    location_id        bigint,
    region_location_id bigint,
    mention_text       varchar(300) not null,
    span_start         integer      not null,
    span_end           integer      not null,
    resolved_name      varchar(200) not null,
    precision          varchar(12)  not null,
    extractor_version  varchar(20)  not null,
    constraint pk_location_mention primary key (id),
    constraint fk_location_mention_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_location_mention_location foreign key (location_id) references location (id),
    constraint fk_location_mention_region foreign key (region_location_id) references location (id),
    constraint ck_location_mention_precision check (precision in ('COUNTRY', 'REGION', 'CITY', 'VILLAGE', 'UNRESOLVED')),
    constraint ck_location_mention_span check (span_start <= span_end)
);
create index ix_location_mention_article_id on location_mention (article_id);
create index ix_location_mention_location_id on location_mention (location_id);

create table claim (
    id                bigint generated always as identity,
    article_id        bigint        not null,
    category          varchar(20)   not null,
    kind              varchar(30)   not null,
    value_min         numeric(14, 2),
    value_max         numeric(14, 2),
    unit              varchar(16),
    qualifier         varchar(20)   not null,
    party             varchar(300),
    parent_claim_id   bigint,
    location_id       bigint,
    location_mention_id bigint,
    source_id         bigint,
    attribution_id    bigint,
    cue               varchar(200),
    verification      varchar(16)   not null default 'NOT_STATED',
    hedged            boolean       not null default false,
    sentence          text          not null,
    sentence_start    integer       not null,
    sentence_end      integer       not null,
    span_start        integer       not null,
    span_end          integer       not null,
    origin            varchar(12)   not null default 'AUTOMATIC',
    extractor_name    varchar(60)   not null,
    extractor_version varchar(20)   not null,
    review_status     varchar(12)   not null default 'UNREVIEWED',
    reviewed_by_id    bigint,
    reviewed_at       timestamptz,
    review_note       varchar(1000),
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           bigint        not null default 0,
    constraint pk_claim primary key (id),
    constraint fk_claim_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_claim_parent foreign key (parent_claim_id) references claim (id) on delete set null,
    constraint fk_claim_location foreign key (location_id) references location (id),
    constraint fk_claim_location_mention foreign key (location_mention_id) references location_mention (id) on delete set null,
    constraint fk_claim_source foreign key (source_id) references source (id),
    constraint fk_claim_attribution foreign key (attribution_id) references attribution (id) on delete set null,
    constraint fk_claim_reviewed_by foreign key (reviewed_by_id) references app_user (id),
    constraint ck_claim_category check (category in ('CASUALTY', 'FORCE_SIZE', 'DISTANCE', 'OTHER_FIGURE')),
    constraint ck_claim_qualifier check (qualifier in ('EXACT', 'APPROXIMATELY', 'AT_LEAST', 'MORE_THAN', 'AT_MOST',
        'UP_TO', 'RANGE', 'ESTIMATE', 'UNQUANTIFIED')),
    constraint ck_claim_verification check (verification in ('UNVERIFIED', 'CONFIRMED', 'DISPUTED', 'NOT_STATED')),
    constraint ck_claim_origin check (origin in ('AUTOMATIC', 'EDITOR')),
    constraint ck_claim_review_status check (review_status in ('UNREVIEWED', 'APPROVED', 'EDITED', 'REJECTED')),
    constraint ck_claim_values check (value_min is null or value_max is null or value_min <= value_max),
    constraint ck_claim_span check (span_start <= span_end and sentence_start <= sentence_end)
);
create index ix_claim_article_id on claim (article_id);
create index ix_claim_kind on claim (kind);
create index ix_claim_source_id on claim (source_id);
create index ix_claim_location_id on claim (location_id);
create index ix_claim_parent_claim_id on claim (parent_claim_id);
create index ix_claim_review_status on claim (review_status);
