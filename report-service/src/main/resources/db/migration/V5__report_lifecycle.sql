-- Reports through their whole lifecycle: one live report per unit and period, every version kept.
alter table report drop constraint report_unit_code_period_version_key;
alter table report add constraint report_unit_period_key unique (unit_code, period);
alter table report add column province_code      varchar(16);
alter table report add column unit_group         varchar(32);
alter table report add column campaign_id        uuid;
alter table report add column revision           bigint      not null default 0;
alter table report add column created_by         varchar(128) not null default 'system';
alter table report add column updated_by         varchar(128) not null default 'system';
alter table report add column submitted_at       timestamptz;
alter table report add column first_submitted_at timestamptz;
alter table report add column reviewed_at        timestamptz;
alter table report add column reviewed_by        varchar(128);
alter table report add column review_comment     text;
alter table report add column locked_at          timestamptz;
update report r set province_code = u.province_code, unit_group = u.unit_group from org_unit u where u.code = r.unit_code;
alter table report alter column province_code set not null;
create index report_province_period_idx on report (province_code, period, status);

-- Each version's own outcome: a version once accepted stays readable after an amendment.
create table report_version (
    id           bigint generated always as identity primary key,
    report_id    uuid        not null references report (id),
    version      integer     not null,
    status       varchar(16) not null,
    opened_at    timestamptz not null,
    opened_by    varchar(128) not null,
    submitted_at timestamptz,
    reviewed_at  timestamptz,
    reviewed_by  varchar(128),
    comment      text,
    unique (report_id, version)
);

create table evidence (
    id           uuid         primary key,
    report_id    uuid         not null references report (id),
    doc_number   varchar(128),
    doc_date     date,
    abstract     text,
    file_name    varchar(255) not null,
    content_type varchar(128) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    created_at   timestamptz  not null,
    created_by   varchar(128) not null
);

create table report_value (
    id            bigint generated always as identity primary key,
    report_id     uuid          not null references report (id),
    version       integer       not null,
    element_code  varchar(64)   not null references data_element (code),
    value_number  numeric(24,4),
    value_boolean boolean,
    source        varchar(16)   not null check (source in ('MANUAL', 'IMPORT', 'EXTRACTION', 'ADJUSTMENT')),
    evidence_id   uuid          references evidence (id),
    quote         text,
    confidence    numeric(4,3),
    proposed      boolean       not null default false,
    updated_at    timestamptz   not null,
    updated_by    varchar(128)  not null,
    unique (report_id, version, element_code),
    check ((value_number is null) <> (value_boolean is null))
);

create table report_section (
    id        bigint generated always as identity primary key,
    report_id uuid         not null references report (id),
    version   integer      not null,
    position  integer      not null,
    title     varchar(500) not null,
    body      text         not null,
    unique (report_id, version, position)
);

create table report_adjustment (
    id           bigint generated always as identity primary key,
    report_id    uuid         not null references report (id),
    version      integer      not null,
    element_code varchar(64)  not null,
    old_value    varchar(64),
    new_value    varchar(64)  not null,
    reason       text         not null,
    adjusted_by  varchar(128) not null,
    adjusted_at  timestamptz  not null
);

-- A retried request with the same Idempotency-Key gets the first answer again.
create table idempotency_record (
    id            bigint generated always as identity primary key,
    actor         varchar(128) not null,
    idem_key      varchar(128) not null,
    fingerprint   varchar(64)  not null,
    status        integer      not null,
    body          text         not null,
    location      varchar(255),
    created_at    timestamptz  not null,
    unique (actor, idem_key)
);

create table campaign (
    id              uuid         primary key,
    province_code   varchar(16)  not null,
    title           varchar(500) not null,
    legal_reference varchar(255),
    period          varchar(16)  not null,
    deadline        timestamptz  not null,
    status          varchar(16)  not null check (status in ('OPEN', 'CLOSED')),
    created_at      timestamptz  not null,
    created_by      varchar(128) not null,
    closed_at       timestamptz
);

create table campaign_target (
    id          bigint generated always as identity primary key,
    campaign_id uuid        not null references campaign (id),
    unit_code   varchar(64) not null references org_unit (code),
    unique (campaign_id, unit_code)
);
alter table report add constraint report_campaign_fk foreign key (campaign_id) references campaign (id);
