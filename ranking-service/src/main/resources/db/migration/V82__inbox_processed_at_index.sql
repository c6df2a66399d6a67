-- InboxPurge deletes the ids of events applied before its retention period.
create index processed_event_processed_at_idx on processed_event (processed_at);
