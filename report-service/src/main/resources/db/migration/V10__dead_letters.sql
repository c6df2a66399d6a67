-- Records no consumer could apply (unreadable, or failing for another reason than an unavailable
-- resource), kept for an administrator to read and replay once the cause is fixed.
create table dead_letter (
    id          bigint generated always as identity primary key,
    channel     varchar(64)  not null,
    event_id    uuid,
    event_type  varchar(64),
    reason      text         not null,
    record      text         not null,
    failed_at   timestamptz  not null,
    replayed_at timestamptz
);
create index dead_letter_open_idx on dead_letter (id) where replayed_at is null;
