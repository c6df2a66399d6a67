-- An Idempotency-Key is claimed in its own committed row before the write runs (insert … on
-- conflict do nothing); the answer (status null while in progress) is stored with the write.
create table idempotency_key (
    subject       varchar(255)  not null,
    method        varchar(10)   not null,
    path          varchar(1000) not null,
    idem_key      varchar(255)  not null,
    request_hash  varchar(64)   not null,
    claimed_at    timestamptz   not null,
    status        integer,
    headers       text,
    body          text,
    completed_at  timestamptz,
    primary key (subject, method, path, idem_key)
);

create index idempotency_key_claimed_at on idempotency_key (claimed_at);
