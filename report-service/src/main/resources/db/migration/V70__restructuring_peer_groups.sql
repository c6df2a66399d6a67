-- Peer groups are data: each province may define its own; rows of province '*' are the defaults.
alter table org_unit drop constraint if exists org_unit_unit_group_check;

create table peer_group (
    province_code varchar(16)  not null,
    code          varchar(32)  not null,
    name_vi       varchar(255) not null,
    name_en       varchar(255) not null,
    levels        varchar(128) not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    primary key (province_code, code)
);
insert into peer_group (province_code, code, name_vi, name_en, levels) values
    ('*', 'so-ban-nganh', 'Sở, ban, ngành', 'Provincial departments and agencies', 'DEPARTMENT'),
    ('*', 'huyen', 'Huyện, thị xã, thành phố', 'Districts, towns and cities', 'DISTRICT'),
    ('*', 'xa', 'Xã, phường, thị trấn', 'Communes, wards and townships', 'COMMUNE');

-- Names over time: a rename takes effect on a date; earlier dates keep the earlier name.
create table unit_name (
    unit_code  varchar(64)  not null references org_unit (code) on delete cascade,
    valid_from date         not null,
    name       varchar(255) not null,
    name_en    varchar(255),
    primary key (unit_code, valid_from)
);
insert into unit_name (unit_code, valid_from, name, name_en) select code, valid_from, name, name_en from org_unit;

-- One restructuring act (merge, province merge, move, split, dated rename) with what it changed,
-- so that an administrator can undo a wrong one.
create table unit_change (
    id             uuid         primary key,
    kind           varchar(16)  not null check (kind in ('MERGE', 'PROVINCE_MERGE', 'MOVE', 'SPLIT', 'RENAME')),
    unit_code      varchar(64)  not null,
    province_code  varchar(16)  not null,
    effective_date date         not null,
    actor          varchar(128) not null,
    reason         text,
    created_at     timestamptz  not null,
    before_state   text         not null,
    created_units  text         not null,
    undone_at      timestamptz,
    undone_by      varchar(128),
    undo_reason    text
);
create index unit_change_unit_idx on unit_change (unit_code);

-- Dated successor links; a unit has one successor per date except when it is split.
create table unit_lineage (
    id               bigint generated always as identity primary key,
    predecessor_code varchar(64)  not null references org_unit (code),
    successor_code   varchar(64)  not null references org_unit (code),
    effective_date   date         not null,
    kind             varchar(16)  not null,
    share            numeric(7,6),
    change_id        uuid         not null references unit_change (id),
    unique (predecessor_code, successor_code, effective_date)
);
create unique index unit_lineage_one_successor_idx on unit_lineage (predecessor_code, effective_date) where kind <> 'SPLIT';
create index unit_lineage_successor_idx on unit_lineage (successor_code);

-- The audit trail answers one query across services: by province, unit, actor, action and time.
alter table audit_entry add column province_code  varchar(16);
alter table audit_entry add column unit_code      varchar(64);
alter table audit_entry add column report_version integer;
update audit_entry a set unit_code = a.entity_id, province_code = u.province_code
    from org_unit u where a.entity_type = 'UNIT' and u.code = a.entity_id;
update audit_entry a set unit_code = r.unit_code, province_code = r.province_code, report_version = r.version
    from report r where a.entity_type = 'REPORT' and r.id::text = a.entity_id;
create index audit_entry_query_idx on audit_entry (province_code, at);
create index audit_entry_at_idx on audit_entry (at);

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_append_only();

-- The standard audit columns every service answers /api/v1/audit from (vn.dti.platform.audit).
create view audit_log as
    select id, at, actor, action, entity_type, entity_id, field, province_code, unit_code, reason,
           old_value as before_value, new_value as after_value, report_version
    from audit_entry;
