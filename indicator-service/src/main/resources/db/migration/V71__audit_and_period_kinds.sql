-- A framework activation scores only the period kinds it names (annual by default); progress
-- reports of other kinds are kept as inputs but neither scored nor ranked.
alter table framework_activation add column period_kinds varchar(128) not null default 'YEAR';

-- Append-only audit of this service (vn.dti.platform.audit): framework versions and activations,
-- council adjustments (every one kept, with the points before and after).
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
