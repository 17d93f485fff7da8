-- ClientLens schema v2: questionnaires and assessments, the product catalogue and
-- the suitability chain (docs/SUITABILITY.md), and the append-only audit trail.

create table questionnaire (
    questionnaire_id text primary key,           -- names the version, e.g. risk-tolerance-v1
    kind             text not null check (kind in ('RISK_TOLERANCE', 'WEALTH_ATTITUDE', 'SOCIAL_STYLE')),
    version          int not null,
    definition       jsonb not null,              -- the questionnaire document as loaded (zh and en)
    shipped          boolean not null,
    created_at       timestamptz not null default now(),
    unique (kind, version)
);

create table assessment (
    assessment_id    bigserial primary key,
    customer_id      text not null references customer,
    questionnaire_id text not null references questionnaire,
    kind             text not null,
    answers          jsonb not null,
    score            int not null,
    result_code      text not null,               -- C1..C5, a wealth attitude or social style, or TIE
    result           jsonb not null,              -- level, attitude, winners, points, reasons, flags
    channel          text not null check (channel in ('BRANCH', 'ONLINE', 'PHONE')),
    recorded_by      text not null,
    recorded_role    text not null,
    assessed_at      timestamp not null,          -- bank-local time
    assessed_on      date not null,
    policy_version   text not null
);
create index assessment_customer on assessment (customer_id, kind, assessed_at desc);
-- At most one risk re-assessment per customer per day (docs/SUITABILITY.md); the application says why first.
create unique index assessment_one_risk_per_day on assessment (customer_id, assessed_on) where kind = 'RISK_TOLERANCE';

create table product (
    product_code     text primary key,
    name             text not null,
    risk             text not null check (risk in ('R1', 'R2', 'R3', 'R4', 'R5')),
    product_type     text not null,
    experienced_only boolean not null,
    min_amount       numeric(18, 2) not null check (min_amount >= 0),
    derivative       boolean not null,
    term_months      int check (term_months > 0),
    updated_at       timestamptz not null default now()
);

create table suitability_check (
    check_id         bigserial primary key,
    customer_id      text not null references customer,
    product_code     text not null references product,
    amount           numeric(18, 2) not null check (amount > 0),
    initiated_by     text not null check (initiated_by in ('BANK', 'CUSTOMER')),
    decision         text not null check (decision in ('ALLOWED', 'BLOCKED', 'CONFIRMATION_REQUIRED', 'APPROVAL_REQUIRED')),
    overridable      boolean not null,
    steps            jsonb not null,              -- the steps before the sale, in order
    reasons          jsonb not null,
    inputs           jsonb not null,              -- product, assessment used, experience and its source
    disclosure       jsonb not null,
    checked_by       text not null,
    checked_role     text not null,
    checked_at       timestamp not null,
    policy_version   text not null
);
create index suitability_check_customer on suitability_check (customer_id);

-- The steps after a check; one row per step, never changed.
create table suitability_step (
    check_id         bigint not null references suitability_check,
    step             text not null check (step in ('WRITTEN_CONFIRMATION', 'OVERRIDE_DOCUMENT', 'SUPERVISOR_REVIEW', 'SECOND_APPROVAL')),
    approved         boolean not null,            -- false: the reviewer or approver refused
    document         jsonb not null,              -- confirmation text, override document, or review note
    done_by          text not null,
    done_role        text not null,
    done_at          timestamp not null,
    primary key (check_id, step)
);

-- Append-only: one record per assessment, check, confirmation, override, review and approval.
-- Kept for the policy's retention period (suitability.auditRetentionYears); the application never
-- deletes. Purging after retention is a DBA task, see docs/SUITABILITY.md.
create table audit_record (
    record_id             bigserial primary key,
    kind                  text not null,
    recorded_at           timestamp not null,
    actor                 text not null,
    actor_role            text not null,
    customer_id           text,
    subject               text not null,          -- e.g. assessment:12, check:7
    outcome               text not null,
    policy_version        text not null,
    questionnaire_version text,
    inputs                jsonb not null,
    reasons               jsonb not null
);
create index audit_record_customer on audit_record (customer_id, record_id);

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % is not allowed (record %)', tg_op, old.record_id
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
