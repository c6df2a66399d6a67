-- Org units over time: provinces, departments (sở), districts (huyện), communes (xã).
create table org_unit (
    code          varchar(64)  primary key,
    province_code varchar(16)  not null,
    name          varchar(255) not null,
    name_en       varchar(255),
    level         varchar(16)  not null check (level in ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE')),
    unit_group    varchar(32)  check (unit_group in ('so-ban-nganh', 'huyen', 'xa')),
    parent_code   varchar(64)  references org_unit (code),
    valid_from    date         not null,
    valid_to      date,
    created_at    timestamptz  not null default now(),
    revision      bigint       not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_province_group_idx on org_unit (province_code, unit_group);

create table report (
    id         uuid        primary key,
    unit_code  varchar(64) not null references org_unit (code),
    period     varchar(16) not null,
    status     varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'LOCKED')),
    version    integer     not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (unit_code, period, version)
);
