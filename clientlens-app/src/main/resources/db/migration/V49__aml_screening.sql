-- Watch-list screening (docs/AML.md, "Screening"): the lists the bank imports, the possible matches found, and the
-- cases they join (a customer's possible matches go into the customer's undecided case, as alerts do).

create table aml_watchlist_entry (
    entry_id            bigserial primary key,
    list_name           text not null,
    entity_id           text not null,
    names               text[] not null check (cardinality(names) > 0),
    birth_date          date,
    registration_number text,
    imported_at         timestamptz not null default now(),
    unique (list_name, entity_id)
);

-- A possible match, kept by list and entity (a list imported again replaces its entries, not the matches found).
create table aml_screening_hit (
    hit_id       bigserial primary key,
    customer_id  text not null references customer,
    list_name    text not null,
    entity_id    text not null,
    listed_name  text not null,
    customer_name text not null,
    score        numeric(4, 3) not null,
    reason_zh    text not null,
    reason_en    text not null,
    found_at     timestamptz not null default now(),
    unique (customer_id, list_name, entity_id)
);

create table aml_case_hit (
    case_id bigint not null references aml_case,
    hit_id  bigint not null references aml_screening_hit primary key
);
create index aml_case_hit_case on aml_case_hit (case_id);

alter table aml_case_event drop constraint aml_case_event_action_check;
alter table aml_case_event add constraint aml_case_event_action_check
    check (action in ('OPENED', 'ALERTS_ADDED', 'MATCHES_ADDED', 'START_REVIEW', 'PROPOSE', 'APPROVE', 'REJECT', 'FILE_STR'));
alter table aml_case_event add column matches bigint[] not null default '{}';
