-- What ranking-service learns from events, remembers for idempotency, and needs to publish.

-- The latest score of each unit per period, framework version and stage (from ScoresComputed).
create table unit_score (
    id             uuid          primary key,
    unit_code      varchar(64)   not null,
    unit_name      varchar(255)  not null,
    unit_group     varchar(32)   not null,
    province_code  varchar(16)   not null,
    period         varchar(16)   not null,
    framework_code varchar(64)   not null,
    stage          varchar(16)   not null,
    points         numeric(14,4) not null,
    applicable_max numeric(14,4),
    dti_index      numeric(12,8) not null,
    groups         text          not null,
    computed_at    timestamptz   not null,
    event_id       uuid          not null,
    unique (unit_code, period, framework_code, stage)
);
create index unit_score_group_idx on unit_score (province_code, unit_group, period, framework_code, stage);

-- Units as report-service announces them (UnitChanged): names and successors of merged units.
create table org_unit (
    code           varchar(64)  primary key,
    name           varchar(255) not null,
    name_en        varchar(255),
    level          varchar(16),
    unit_group     varchar(32),
    parent_code    varchar(64),
    province_code  varchar(16),
    valid_from     date,
    valid_to       date,
    successor_code varchar(64),
    updated_at     timestamptz  not null
);
create index org_unit_successor_idx on org_unit (successor_code) where successor_code is not null;

-- Events already applied: a redelivered event is recognised and changes nothing.
create table processed_event (
    event_id     uuid        primary key,
    event_type   varchar(64) not null,
    processed_at timestamptz not null
);

-- Draft rankings waiting to be recomputed; many score changes of a burst collapse into one row.
create table ranking_refresh (
    province_code  varchar(16) not null,
    unit_group     varchar(32) not null,
    period         varchar(16) not null,
    framework_code varchar(64) not null,
    stage          varchar(16) not null,
    requested_at   timestamptz not null,
    primary key (province_code, unit_group, period, framework_code, stage)
);

-- Transactional outbox: RankingPublished is stored with the publication and sent afterwards.
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

alter table ranking
    add column signer        varchar(255),
    add column published_by  varchar(128),
    add column superseded_by uuid references ranking (id),
    add column rules         text,
    add column updated_at    timestamptz,
    add column version       bigint not null default 0;
create unique index ranking_one_draft_idx on ranking (province_code, unit_group, period, framework_code, stage)
    where status = 'DRAFT';
create index ranking_lookup_idx on ranking (province_code, unit_group, period, status);

alter table ranking_entry
    add column trend     varchar(8),
    add column rank_low  integer,
    add column rank_high integer,
    add column groups    text;
create index ranking_entry_unit_idx on ranking_entry (unit_code);

-- A published revision is frozen. Only its supersession may be recorded; its entries never change.
create function ranking_frozen() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (
            new.status not in ('PUBLISHED', 'SUPERSEDED')
            or new.revision <> old.revision or new.period <> old.period or new.unit_group <> old.unit_group
            or new.province_code <> old.province_code or new.framework_code <> old.framework_code
            or new.stage <> old.stage or new.decision_no is distinct from old.decision_no
            or new.decision_date is distinct from old.decision_date or new.signer is distinct from old.signer
            or new.published_at is distinct from old.published_at) then
        raise exception 'ranking % revision % is published and cannot change', old.id, old.revision;
    end if;
    return new;
end $$;
create trigger ranking_frozen before update on ranking for each row execute function ranking_frozen();

create function ranking_entry_frozen() returns trigger language plpgsql as $$
begin
    if (select status from ranking where id = old.ranking_id) <> 'DRAFT' then
        raise exception 'entries of published ranking % cannot change', old.ranking_id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger ranking_entry_frozen before update or delete on ranking_entry
    for each row execute function ranking_entry_frozen();
