-- Anti-money laundering (docs/AML.md).

-- What compliance knows about a customer beyond the profile and the transactions, an input of the AML rating:
-- an open suspicious-transaction report case (at least HIGH) and a confirmed watch-list hit (PROHIBITED).
-- Case management and screening keep it; a customer without a row has neither.
create table aml_customer_flag (
    customer_id              text primary key references customer,
    open_suspicious_report   boolean not null default false,
    confirmed_watch_list_hit boolean not null default false,
    updated_at               timestamptz not null default now()
);

-- One row per run of `aml monitor`.
create table aml_monitoring_run (
    run_id         bigserial primary key,
    as_of          date not null,
    policy_version text not null,
    started_at     timestamptz not null default now(),
    finished_at    timestamptz,
    alerts_raised  int,
    alerts_known   int
);

-- Alerts of the transaction-monitoring rules. An alert is raised once: the same rule and customer with a period
-- that overlaps an alert already raised is not raised again.
create table aml_alert (
    alert_id     bigserial primary key,
    run_id       bigint not null references aml_monitoring_run,
    rule         text not null check (rule in ('LARGE_CASH', 'STRUCTURING', 'PROFILE_MISMATCH', 'DORMANT_REACTIVATION',
                                                'RAPID_IN_OUT', 'MANY_COUNTERPARTIES')),
    customer_id  text not null references customer,
    period_from  date not null,
    period_to    date not null,
    amount       numeric(18, 2) not null,
    score        int not null check (score between 0 and 100),
    accounts     text[] not null,
    transactions text[] not null,
    reason_zh    text not null,
    reason_en    text not null,
    raised_at    timestamptz not null default now(),
    check (period_from <= period_to),
    unique (rule, customer_id, period_from, period_to)
);
create index aml_alert_customer on aml_alert (customer_id, rule, period_from);
