-- A unit merged into another keeps its history and points to its successor.
alter table org_unit add column successor_code varchar(64) references org_unit (code);
alter table org_unit add column updated_at timestamptz not null default now();

-- Audit trail: who changed what and when, for units, reports, values, status and adjustments.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null,
    actor       varchar(128) not null,
    entity_type varchar(32)  not null,
    entity_id   varchar(64)  not null,
    action      varchar(32)  not null,
    field       varchar(128),
    old_value   text,
    new_value   text,
    reason      text
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, id);
