-- Sessions end when their user's access changes; sign-in limits per address (docs/SECURITY.md, "Sessions" and
-- "Sign-in limits").

-- Raised by every disable, password change and role change: a web session signed in under an older value ends at its
-- next request, whichever process made the change.
alter table app_user add column session_epoch integer not null default 0;

-- Failed sign-ins are also counted per remote address.
create index sign_in_failure_remote on sign_in_failure (remote, failed_at);

-- Secrets generated once per installation (random bytes from the application), e.g. the key that turns a user name
-- that is no user into a keyed hash before it is logged or stored.
create table installation_secret (
    name       text primary key,
    value      bytea not null check (length(value) >= 32),
    created_at timestamptz not null default now()
);
