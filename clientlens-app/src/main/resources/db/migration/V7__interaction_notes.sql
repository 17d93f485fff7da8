-- Interaction notes of the customer 360: visits, calls and messages, written by staff.
-- Append-only like audit_record: a correction is a new note, so what was recorded, by whom and
-- when stays as it was. The text may hold personal data; the application never logs it.
create table interaction_note (
    note_id     bigserial primary key,
    customer_id text not null references customer,
    kind        text not null check (kind in ('VISIT', 'CALL', 'MESSAGE')),
    occurred_on date not null,
    body        text not null check (length(body) between 1 and 2000),
    author      text not null,
    author_role text not null,
    created_at  timestamptz not null default now()
);
-- The 360 lists a customer's notes newest first.
create index interaction_note_customer on interaction_note (customer_id, occurred_on desc, note_id desc);

create function interaction_note_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'interaction_note is append-only: % is not allowed (note %)', tg_op, old.note_id
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger interaction_note_append_only before update or delete on interaction_note
    for each row execute function interaction_note_is_append_only();

-- The 360's other histories use existing indexes: classes over runs read the last runs by the
-- classification primary key (run_id, customer_id), so no index slows a run's inserts; holdings
-- (holding_customer), transactions (account_link_customer, txn_account_date), suitability checks
-- (suitability_check_customer) and the audit (audit_record_customer) are indexed by customer.
