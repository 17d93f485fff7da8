-- Needs register (docs/NEEDS.md): one row per need, and an append-only history of its status changes.
-- The acting user and role: the signed-in user, or the CLI's --user/--role.

create table need (
    need_id           bigserial primary key,
    customer_id       text not null references customer,
    title             text not null check (length(title) between 1 and 200),
    area              text check (area in ('CASH_AND_DEBT', 'FAMILY_PROTECTION', 'EDUCATION_AND_RETIREMENT', 'INVESTMENT', 'TAX', 'ESTATE')),
    expectation       text not null check (expectation in ('BASIC', 'EXPECTED', 'LATENT')),
    voice             text not null check (voice in ('STATED', 'UNSTATED')),
    nature            text not null check (nature in ('EXPLICIT', 'IMPLICIT', 'STATUTORY', 'ADDED')),
    source            text not null check (source in ('DIAGNOSIS', 'INTERVIEW', 'QUESTIONNAIRE', 'PHONE', 'DATA_MINING', 'CUSTOMER_REQUEST')),
    source_ref        text,
    importance        smallint not null check (importance between 1 and 5),
    urgency           smallint not null check (urgency between 1 and 5),
    cost              numeric(18, 2) check (cost >= 0),
    leads_to_proposal boolean not null default false,
    status            text not null default 'IDENTIFIED' check (status in ('IDENTIFIED', 'REVIEWED', 'ACCEPTED', 'DECLINED', 'MET')),
    identified_by     text not null,
    reviewed_by       text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index need_customer on need (customer_id);

create table need_event (
    event_id    bigserial primary key,
    need_id     bigint not null references need,
    from_status text,
    to_status   text not null,
    actor       text not null,
    actor_role  text not null,
    note        text,
    at          timestamptz not null default now()
);
create index need_event_need on need_event (need_id, event_id);

-- The history is evidence of who decided what: it is never changed or removed.
create function need_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'need_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger need_event_append_only before update or delete on need_event
    for each row execute function need_event_is_append_only();
