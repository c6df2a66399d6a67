-- Transactional outbox: events are stored with the change that caused them and sent afterwards.
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
