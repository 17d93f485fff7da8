-- The audit search (by period, by user, newest first) reads the trail through these instead of scanning it.
create index if not exists audit_record_recorded_at on audit_record (recorded_at, record_id);
create index if not exists audit_record_actor on audit_record (actor, recorded_at);
