-- Rankings per province, peer group and period; a published revision is never changed.
create table ranking (
    id             uuid        primary key,
    province_code  varchar(16) not null,
    unit_group     varchar(32) not null,
    period         varchar(16) not null,
    framework_code varchar(64) not null,
    stage          varchar(16) not null,
    status         varchar(16) not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    revision       integer     not null check (revision >= 1),
    decision_no    varchar(64),
    decision_date  date,
    published_at   timestamptz,
    unique (province_code, unit_group, period, framework_code, stage, revision)
);

create table ranking_entry (
    id            uuid          primary key,
    ranking_id    uuid          not null references ranking (id) on delete cascade,
    rank          integer       not null check (rank >= 1),
    of_count      integer       not null check (of_count >= rank),
    unit_code     varchar(64)   not null,
    unit_name     varchar(255)  not null,
    dti_index     numeric(9,6)  not null,
    points        numeric(10,4) not null,
    previous_rank integer,
    grade         varchar(32),
    unique (ranking_id, unit_code)
);
