-- Anti-money-laundering cases (docs/AML.md, "Cases"): a customer's alerts are grouped into a case that compliance
-- reviews and decides; exit and STR need a second compliance officer. Compliance only: no other role reads these.

-- The case as it stands now (the workflow changes it); its history is aml_case_event.
create table aml_case (
    case_id       bigserial primary key,
    customer_id   text not null references customer,
    status        text not null check (status in ('OPEN', 'UNDER_REVIEW', 'AWAITING_APPROVAL', 'DECIDED')),
    opened_at     timestamptz not null default now(),
    due_on        date not null,
    proposed      text check (proposed in ('EXIT_RELATIONSHIP', 'REPORT_STR')),
    proposed_by   text,
    decision      text check (decision in ('NO_ACTION', 'ENHANCED_MONITORING', 'EXIT_RELATIONSHIP', 'REPORT_STR')),
    decided_on    date,
    str_due_on    date,
    str_filed_on  date,
    updated_at    timestamptz not null default now()
);
-- At most one undecided case per customer: new alerts join it.
create unique index aml_case_one_open on aml_case (customer_id) where status <> 'DECIDED';
create index aml_case_status on aml_case (status, due_on);

-- Which alerts a case holds; an alert belongs to one case.
create table aml_case_alert (
    case_id  bigint not null references aml_case,
    alert_id bigint not null references aml_alert primary key
);
create index aml_case_alert_case on aml_case_alert (case_id);

-- Every step on a case, append-only: who, when, what, the status before and after, the decision and the opinion.
create table aml_case_event (
    event_id     bigserial primary key,
    case_id      bigint not null references aml_case,
    at           timestamptz not null default now(),
    actor        text not null,
    action       text not null check (action in ('OPENED', 'ALERTS_ADDED', 'START_REVIEW', 'PROPOSE', 'APPROVE', 'REJECT',
                                                 'FILE_STR')),
    from_status  text,
    to_status    text not null,
    decision     text,
    opinion      text,
    alerts       bigint[] not null default '{}'
);
create index aml_case_event_case on aml_case_event (case_id, event_id);

create function aml_case_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'aml_case_event is append-only: % is not allowed (event %)', tg_op, old.event_id
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger aml_case_event_append_only before update or delete on aml_case_event
    for each row execute function aml_case_event_is_append_only();

-- Migrations run in version order, so this one cannot use the shared function of V30: its own, same behaviour.
create function aml_append_only_refuses_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: TRUNCATE is not allowed', tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger aml_case_event_no_truncate before truncate on aml_case_event
    for each statement execute function aml_append_only_refuses_truncate();
