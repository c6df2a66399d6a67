-- A reviewer's adjustment keeps its reason with the value, into scores and the national export.
alter table input_value add column adjustment_reason text;
