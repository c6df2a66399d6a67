-- A framework (V1) has immutable versions; each version is a validated JSON document (the tree of
-- main indices and components) so that it can be exported and loaded exactly as stored.
create table framework_version (
    id             bigint generated always as identity primary key,
    framework_code varchar(64)   not null references framework (code),
    version        integer       not null check (version > 0),
    total_points   numeric(10,2) not null check (total_points > 0),
    document       text          not null,
    status         varchar(16)   not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    created_at     timestamptz   not null default now(),
    created_by     varchar(128)  not null,
    unique (framework_code, version)
);

-- Which version scores which units: province and group null = all; periods by their first year.
create table framework_activation (
    id             bigint generated always as identity primary key,
    framework_code varchar(64)  not null,
    version        integer      not null,
    province_code  varchar(16),
    unit_group     varchar(64),
    from_year      integer      not null,
    to_year        integer,
    created_at     timestamptz  not null default now(),
    created_by     varchar(128) not null,
    foreign key (framework_code, version) references framework_version (framework_code, version),
    check (to_year is null or to_year >= from_year)
);

-- This service's copy of the units (from UnitChanged and the report events).
create table unit_info (
    unit_code     varchar(64) primary key,
    name          varchar(255),
    name_en       varchar(255),
    level         varchar(16),
    unit_group    varchar(64),
    province_code varchar(16) not null,
    valid_to      date,
    updated_at    timestamptz not null
);

-- The values a score is computed from: SELF = as submitted, REVIEWED = as accepted.
create table input_set (
    id                bigint generated always as identity primary key,
    unit_code         varchar(64) not null,
    period            varchar(16) not null,
    stage             varchar(16) not null check (stage in ('SELF', 'REVIEWED')),
    report_id         uuid        not null,
    report_version    integer     not null,
    amendment_pending boolean     not null default false,
    received_at       timestamptz not null,
    unique (unit_code, period, stage)
);

create table input_value (
    id             bigint generated always as identity primary key,
    input_set_id   bigint       not null references input_set (id) on delete cascade,
    element        varchar(128) not null,
    value          numeric      not null,
    adjusted       boolean      not null default false,
    original_value numeric,
    unique (input_set_id, element)
);

-- One score per unit, period and stage, with its explanation tree as JSON.
create table score (
    id                bigint generated always as identity primary key,
    unit_code         varchar(64)  not null,
    unit_name         varchar(255),
    unit_group        varchar(64),
    unit_level        varchar(16),
    province_code     varchar(16)  not null,
    period            varchar(16)  not null,
    stage             varchar(16)  not null check (stage in ('SELF', 'REVIEWED', 'FINAL')),
    framework_code    varchar(64)  not null,
    framework_version integer      not null,
    points            numeric      not null,
    total_max         numeric      not null,
    applicable_max    numeric      not null,
    index_value       numeric,
    groups            text         not null,
    explanation       text         not null,
    sources           text         not null,
    computed_at       timestamptz  not null,
    unique (unit_code, period, stage)
);
create index score_list_idx on score (period, stage, province_code, unit_group);

-- BEST_IN_GROUP: each unit's value, and the peer group's highest one it was scored against.
create table peer_value (
    province_code     varchar(16)  not null,
    unit_group        varchar(64)  not null,
    period            varchar(16)  not null,
    stage             varchar(16)  not null,
    framework_code    varchar(64)  not null,
    framework_version integer      not null,
    component_code    varchar(64)  not null,
    unit_code         varchar(64)  not null,
    value             numeric      not null,
    primary key (province_code, unit_group, period, stage, framework_code, framework_version, component_code, unit_code)
);

create table peer_best (
    province_code     varchar(16)  not null,
    unit_group        varchar(64)  not null,
    period            varchar(16)  not null,
    stage             varchar(16)  not null,
    framework_code    varchar(64)  not null,
    framework_version integer      not null,
    component_code    varchar(64)  not null,
    value             numeric      not null,
    primary key (province_code, unit_group, period, stage, framework_code, framework_version, component_code)
);

-- The appraisal council's points for a component (FINAL stage), with the reason.
create table council_adjustment (
    id             bigint generated always as identity primary key,
    unit_code      varchar(64)  not null,
    period         varchar(16)  not null,
    component_code varchar(64)  not null,
    points         numeric      not null check (points >= 0),
    reason         text         not null,
    adjusted_by    varchar(128) not null,
    adjusted_at    timestamptz  not null,
    unique (unit_code, period, component_code)
);

-- Idempotent consumers: an event id is stored in the same transaction as its effect.
create table processed_event (
    event_id     uuid         primary key,
    event_type   varchar(64)  not null,
    processed_at timestamptz  not null
);

-- Transactional outbox, as in report-service.
create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid         not null unique,
    channel        varchar(64)  not null,
    event_key      varchar(128) not null,
    event_type     varchar(64)  not null,
    schema_version integer      not null,
    envelope       text         not null,
    created_at     timestamptz  not null,
    published_at   timestamptz
);
create index outbox_event_pending_idx on outbox_event (id) where published_at is null;
