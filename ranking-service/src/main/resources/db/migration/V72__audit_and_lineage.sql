-- Append-only audit of this service (vn.dti.platform.audit): publications and corrections (revisions).

create table audit_log (
    id             bigint generated always as identity primary key,
    at             timestamptz  not null,
    actor          varchar(128) not null,
    action         varchar(48)  not null,
    entity_type    varchar(32)  not null,
    entity_id      varchar(128) not null,
    field          varchar(128),
    province_code  varchar(16),
    unit_code      varchar(64),
    reason         text,
    before_value   text,
    after_value    text,
    report_version integer
);
create index audit_log_province_at_idx on audit_log (province_code, at);
create index audit_log_at_idx on audit_log (at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();

-- Dated successor links announced by report-service (UnitChanged.successors): several per unit
-- after a split, so that rank history and movement follow every branch of the lineage.
create table unit_lineage (
    predecessor_code varchar(64)  not null,
    successor_code   varchar(64)  not null,
    effective_date   date         not null,
    kind             varchar(16)  not null,
    share            numeric(7,6),
    primary key (predecessor_code, successor_code, effective_date)
);
create index unit_lineage_successor_idx on unit_lineage (successor_code);
