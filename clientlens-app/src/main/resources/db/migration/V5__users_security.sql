-- ClientLens schema v5: users, API tokens, failed sign-ins (docs/SECURITY.md).

create table app_user (
    username      text primary key check (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash text not null,                 -- Spring Security delegating format, e.g. {bcrypt}$2a$…
    role          text not null check (role in ('RM', 'SALES', 'SUPERVISOR', 'HEAD_OF_WEALTH', 'COMPLIANCE', 'ANALYST', 'ADMIN')),
    branch_id     text,                          -- SUPERVISOR, SALES and RM work in one branch
    rm_id         text,                          -- RM: customer.relationship_manager of their customers
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    check (role <> 'RM' or rm_id is not null),
    check (role <> 'SUPERVISOR' or branch_id is not null)
);

-- Opaque bearer tokens: only the SHA-256 of the token is stored.
create table api_token (
    token_hash text primary key,
    username   text not null references app_user on delete cascade,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index api_token_user on api_token (username);

-- Failed sign-ins (no password is ever stored): the rate limit counts these per user name.
create table sign_in_failure (
    username  text not null,
    failed_at timestamptz not null,
    remote    text
);
create index sign_in_failure_user on sign_in_failure (username, failed_at);
