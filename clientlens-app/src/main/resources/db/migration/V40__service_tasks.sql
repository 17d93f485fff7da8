-- Serving customers by class (docs/SERVICE.md): the relationship manager's tasks and reminders.

-- The contractual maturity of products that have one (time deposits, closed-end wealth products, bonds):
-- the maturity reminders read it (docs/generic-layout.md).
alter table holding add column maturity date;
create index holding_maturity on holding (maturity) where maturity is not null;

-- One row per task found due. task_key is the kind, the customer and the period or thing it is about, so that
-- computing the tasks again finds the same rows instead of adding new ones; a task done stays done. The reason,
-- the rule and its inputs explain it; policy_version and as_of say what it was computed with.
create table service_task (
    task_id        bigserial primary key,
    task_key       text not null unique,
    kind           text not null check (kind in ('ASSESSMENT_EXPIRY', 'BIRTHDAY', 'LIFE_EVENT', 'MATURITY', 'LARGE_MOVEMENT',
                                                 'APPROVAL_OUTCOME', 'NEEDS_REVIEW', 'CONTACT_PLAN', 'AML_REVIEW')),
    customer_id    text not null references customer,
    due_on         date not null,
    rule           text not null,
    inputs         jsonb not null,
    reason_zh      text not null,
    reason_en      text not null,
    policy_version text not null,
    as_of          date not null,                -- the business date it was first found due on
    state          text not null default 'OPEN' check (state in ('OPEN', 'SNOOZED', 'DONE', 'CLEARED')),
    snoozed_until  date,
    closed_by      text,                         -- a user, or 'system' when its condition ended (CLEARED)
    closed_role    text,
    closed_at      timestamptz,
    close_note     text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (state <> 'SNOOZED' or snoozed_until is not null),
    check ((state in ('DONE', 'CLEARED')) = (closed_at is not null))
);
-- The workbench reads a book's open tasks by customer, and so does the clearing pass after a change to one customer
-- (after a run it reads them all). No more indexes: each one slows the writing of every computation.
create index service_task_customer on service_task (customer_id, state, due_on);

-- What to compute again: a customer (after a note, an assessment, a need moved, a check decided, a profile
-- edited) or everyone (customer_id null, after a classification run). Filled by the triggers below in the same
-- transaction as the change; emptied by the application, which computes the tasks and deletes the rows it did.
create table service_refresh (
    refresh_id  bigserial primary key,
    customer_id text,
    reason      text not null,
    queued_at   timestamptz not null default now()
);

create function service_refresh_customer() returns trigger language plpgsql as $$
begin
    insert into service_refresh (customer_id, reason) values (new.customer_id, tg_argv[0]);
    return null;
end;
$$;

create trigger interaction_note_service_refresh after insert on interaction_note
    for each row execute function service_refresh_customer('NOTE');
create trigger assessment_service_refresh after insert on assessment
    for each row execute function service_refresh_customer('ASSESSMENT');
create trigger customer_service_refresh after update of profile on customer
    for each row when (old.profile is distinct from new.profile) execute function service_refresh_customer('PROFILE');

create function service_refresh_need() returns trigger language plpgsql as $$
begin
    insert into service_refresh (customer_id, reason) select customer_id, 'NEED' from need where need_id = new.need_id;
    return null;
end;
$$;
create trigger need_event_service_refresh after insert on need_event
    for each row execute function service_refresh_need();

create function service_refresh_check() returns trigger language plpgsql as $$
begin
    insert into service_refresh (customer_id, reason) select customer_id, 'CHECK' from suitability_check where check_id = new.check_id;
    return null;
end;
$$;
create trigger suitability_step_service_refresh after insert on suitability_step
    for each row execute function service_refresh_check();

create function service_refresh_run() returns trigger language plpgsql as $$
begin
    insert into service_refresh (customer_id, reason) values (null, 'RUN ' || new.run_id);
    return null;
end;
$$;
create trigger classification_run_service_refresh after update of status on classification_run
    for each row when (new.status = 'DONE' and old.status is distinct from 'DONE') execute function service_refresh_run();

-- Each computation of tasks: when, at which business date, over how many customers, and what it changed.
create table service_generation (
    generation_id  bigserial primary key,
    run_id         bigint,
    as_of          date not null,
    scope          text not null check (scope in ('ALL', 'CUSTOMERS')),
    customers      int not null,
    found          int not null,
    created        int not null,
    cleared        int not null,
    policy_version text not null,
    started_at     timestamptz not null,
    finished_at    timestamptz not null
);

-- A book's figures per classification run, by branch, RM and service class: the workbench's trend and its
-- "new and lost since the last run" without reading every customer's classification on each view.
create table service_book (
    run_id         bigint not null references classification_run on delete cascade,
    branch_id      text not null,                -- '' when the customer has none
    rm_id          text not null,                -- '' when the customer has none
    service_class  text not null,
    customers      int not null,
    aum            numeric(20, 2) not null,
    new_customers  int not null,                 -- customers of this run not in the run before
    lost_customers int not null,                 -- churned in this run, not churned in the run before
    primary key (run_id, branch_id, rm_id, service_class)
);
create index service_book_rm on service_book (rm_id, run_id);
create index service_book_branch on service_book (branch_id, run_id);
