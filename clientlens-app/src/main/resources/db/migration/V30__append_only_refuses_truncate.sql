-- Append-only tables refuse TRUNCATE as well as UPDATE and DELETE (docs/SECURITY.md, "Database accounts").
-- The application's account has neither the privilege nor the ownership to truncate them, alter them or
-- disable their triggers; these statement-level triggers stop even their owner. Purging after the retention
-- period is a DBA's task as the owner or a superuser (docs/SUITABILITY.md).
--
-- A new append-only table gets the same two triggers: a row trigger named <table>_append_only (which also
-- tells AppRoleGrants to give the application SELECT and INSERT only) and <table>_no_truncate below.

create function append_only_refuses_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: TRUNCATE is not allowed', tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function append_only_refuses_truncate();

create trigger interaction_note_no_truncate before truncate on interaction_note
    for each statement execute function append_only_refuses_truncate();

create trigger need_event_no_truncate before truncate on need_event
    for each statement execute function append_only_refuses_truncate();
