-- Reconciliation looks up the group rescores still under way; a partial index keeps that cheap on a large outbox.
create index outbox_event_rescore_idx on outbox_event (created_at) where event_type = 'PeerGroupRescoreRequested';
