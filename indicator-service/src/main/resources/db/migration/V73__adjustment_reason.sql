-- A reviewer's adjustment keeps its reason with the value, into scores and the national export.
alter table input_value add column adjustment_reason text;

-- Dated successor links from UnitChanged: the national export of a province includes the figures of
-- the units that continue in it (a merged province's units, a moved or split unit).
create table unit_lineage (
    predecessor_code varchar(64) not null,
    successor_code   varchar(64) not null,
    effective_date   date,
    kind             varchar(16),
    primary key (predecessor_code, successor_code)
);
create index unit_lineage_successor_idx on unit_lineage (successor_code);
