-- Imports and classification runs started by administrators from the web pages (USER-GUIDE §7).
-- Kept in the database so that a job outlives a page reload and a restart; a job still RUNNING when
-- the server starts was cut off by the previous stop and is marked FAILED then.
create table admin_job (
    job_id      bigserial primary key,
    kind        text not null check (kind in ('PROFILES', 'CONTRIBUTIONS', 'PRODUCTS', 'CLASSIFICATION')),
    file_name   text,
    strict      boolean not null default false,
    as_of       date,
    started_by  text not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    state       text not null default 'RUNNING' check (state in ('RUNNING', 'DONE', 'FAILED')),
    rows_done   bigint not null default 0,
    rows_total  bigint,
    stored      boolean,
    counts      jsonb not null default '{}',
    issue_count int not null default 0,
    issues      jsonb not null default '[]',
    message     text,
    run_id      bigint
);

create index admin_job_recent on admin_job (job_id desc);
