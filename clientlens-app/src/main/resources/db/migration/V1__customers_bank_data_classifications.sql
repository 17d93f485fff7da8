-- ClientLens schema v1: KYC profiles, bank-side data, classification runs.
-- Dates are calendar dates (no time zone); money is numeric(18,2) in the policy currency.

create table branch (
    branch_id text primary key,
    name      text,
    region    text
);

create table customer (
    customer_id           text primary key,
    customer_type         text not null default 'INDIVIDUAL' check (customer_type in ('INDIVIDUAL', 'CORPORATE')),
    branch_id             text,
    relationship_manager  text,
    birth_date            date,
    gender                char(1) check (gender in ('M', 'F')),
    region                text,
    profile               jsonb not null,        -- the profile document (docs/profile.schema.json), unmasked; masked on output
    imported_contribution numeric(18, 2),        -- the bank's own profit figure when provided
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index customer_branch on customer (branch_id);

create table account (
    account_id          text primary key,
    branch_id           text,
    opened              date not null,
    closed              date,
    statement_frequency text,
    check (closed is null or closed >= opened)
);

create table account_link (
    link_id     text primary key,
    customer_id text not null references customer,
    account_id  text not null references account,
    role        text not null check (role in ('OWNER', 'AUTHORISED'))
);
create index account_link_customer on account_link (customer_id);
create index account_link_account on account_link (account_id);

create table txn (
    transaction_id       text primary key,
    seq                  bigint not null,
    account_id           text not null references account,
    txn_date             date not null,
    direction            text not null check (direction in ('CREDIT', 'DEBIT')),
    operation            text,
    amount               numeric(18, 2) not null check (amount >= 0),
    balance              numeric(18, 2),
    category             text,
    counterparty_bank    text,
    counterparty_account text
);
create index txn_account_date on txn (account_id, txn_date, seq);
create index txn_date on txn (txn_date);

create table loan (
    loan_id         text primary key,
    account_id      text not null references account,
    granted         date not null,
    amount          numeric(18, 2) not null,
    duration_months int not null check (duration_months > 0),
    monthly_payment numeric(18, 2),
    status          text
);
create index loan_account on loan (account_id);

create table card (
    card_id   text primary key,
    link_id   text not null references account_link,
    card_type text,
    issued    date not null
);
create index card_link on card (link_id);

create table holding (
    holding_id   text primary key,
    customer_id  text not null references customer,
    product_code text,
    product_type text not null,
    amount       numeric(18, 2) not null,
    opened       date not null,
    closed       date
);
create index holding_customer on holding (customer_id);

create table classification_run (
    run_id         bigserial primary key,
    as_of          date not null,
    policy_version text not null,
    started_at     timestamptz not null default now(),
    finished_at    timestamptz,
    customers      int,
    status         text not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'FAILED'))
);

create table classification (
    run_id      bigint not null references classification_run on delete cascade,
    customer_id text not null,
    codes       jsonb not null,  -- {"aumTier": "MASS", ...}: for filtering and counting
    -- Always read whole, so kept as json text: jsonb would decompose every document on insert,
    -- which was a third of a run's time.
    features    json not null,
    dimensions  json not null,   -- full results with labels, inputs and reasons
    primary key (run_id, customer_id)
);
-- No index on codes: lists filter within one run (the primary key's prefix), and a GIN index
-- slowed every run's inserts more than it sped up filtering.
