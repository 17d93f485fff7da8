-- Service requests (tickets) dispatched by service class (docs/SERVICE.md "Service requests"). Their history is in the
-- append-only audit trail (audit_record, subject 'service-request:<id>'): created, dispatched, each state change, the
-- escalation and the follow-up.
create table service_request (
    request_id          bigserial primary key,
    external_ref        text unique,                 -- an import's own reference: importing again finds the request
    customer_id         text not null references customer,
    channel             text not null check (channel in ('HOTLINE', 'ONLINE_CHAT', 'EMAIL', 'BRANCH')),
    type                text not null check (type in ('TECHNICAL_SUPPORT', 'REPAIR', 'COMPLAINT', 'CONSULTATION', 'ACCOUNT_SERVICE')),
    subject             text not null check (length(subject) between 1 and 200),
    description         text check (length(description) <= 4000),
    source              text not null check (source in ('RM', 'SERVICE_CENTRE', 'IMPORT')),
    service_class       text not null,               -- the class it was dispatched by
    classified          boolean not null,            -- false: the customer had no class yet (dispatched as the policy says)
    queue               text not null check (queue in ('RM_GREEN_CHANNEL', 'SERVICE_CENTRE', 'ONLINE_QUEUE')),
    priority            boolean not null,
    assigned_rm         text,                        -- the green channel's RM
    branch_id           text,                        -- the customer's branch: whose supervisor an escalation goes to
    state               text not null check (state in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED')),
    respond_by          timestamptz not null,
    responded_at        timestamptz,
    escalated_at        timestamptz,
    escalated_to        text,
    resolved_at         timestamptz,
    closed_at           timestamptz,
    satisfaction        smallint check (satisfaction between 1 and 5),
    follow_up_note      text,
    followed_up_at      timestamptz,
    followed_up_by      text,
    dispatch_reason_zh  text not null,
    dispatch_reason_en  text not null,
    policy_version      text not null,
    created_by          text not null,
    created_role        text not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index service_request_customer on service_request (customer_id, request_id);
-- escalation looks at requests still waiting for an answer, by deadline
create index service_request_waiting on service_request (respond_by) where state in ('NEW', 'ASSIGNED', 'REOPENED') and escalated_at is null;
create index service_request_branch on service_request (branch_id, request_id);
