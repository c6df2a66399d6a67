-- Units whose score must be recomputed, written in the same transaction as their new values and
-- drained per peer group by ScoreWorker: a burst in one group is scored in a few batches, with the
-- group's bests computed once per batch. A row stays until the transaction that scores it commits.
create table score_pending (
    unit_code     varchar(64) not null,
    period        varchar(16) not null,
    stage         varchar(16) not null check (stage in ('SELF', 'REVIEWED')),
    province_code varchar(16) not null,
    unit_group    varchar(64) not null,
    queued_at     timestamptz not null default now(),
    primary key (unit_code, period, stage)
);
create index score_pending_group_idx on score_pending (province_code, unit_group, period, stage);
