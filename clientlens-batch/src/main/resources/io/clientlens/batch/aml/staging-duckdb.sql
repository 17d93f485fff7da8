-- Transaction monitoring (docs/AML.md), file batch: the tables every rule reads, from the in_* views of the
-- generic layout. The database path builds the same three tables from PostgreSQL (clientlens-app
-- .../aml/staging-postgres.sql); the rules (the other .sql files here) are the same text for both.
-- All are temporary: kept in memory (spilling to the run's temporary directory when they do not fit), never written
-- to the run's database file — writing them there cost more than the rules themselves.
-- The owned activity transactions (bank postings left out) up to as-of, read from the files once; day_no counts days
-- from 1970-01-01. aml_account takes the last activity before the window from it, aml_tx the window.
create or replace temp table aml_owned as
select l.customerId as customer_id, t.accountId as account_id, t.transactionId as transaction_id,
       t.date as txn_date, cast(t.date - DATE '1970-01-01' as bigint) as day_no, t.sequence as seq,
       t.direction, t.amount, coalesce(t.channel = 'CASH', false) as cash,
       case when t.counterpartyAccount is not null
            then coalesce(t.counterpartyBank, '') || '/' || t.counterpartyAccount end as counterparty
from in_transactions t
join in_links l on l.accountId = t.accountId and l.role = 'OWNER'
join in_accounts a on a.accountId = t.accountId and a.opened <= ${asOf}
where t.date <= ${asOf}
  and not coalesce(list_contains(${postings}, t.category), false);

-- aml_tx: those dated in the monitoring window ${windowStart} .. ${asOf}; a view, not a copy (the rules' scans filter
-- on the date as they read).
create or replace temp view aml_tx as
select * from aml_owned where txn_date >= ${windowStart};

-- aml_account: each owned account's opening day and its last activity before the window (DORMANT_REACTIVATION).
create or replace temp table aml_account as
select l.customerId as customer_id, a.accountId as account_id,
       cast(a.opened - DATE '1970-01-01' as bigint) as opened_day, b.last_before_day
from in_links l
join in_accounts a on a.accountId = l.accountId and a.opened <= ${asOf}
left join (
    select customer_id, account_id, max(day_no) as last_before_day
    from aml_owned
    where txn_date < ${windowStart}
    group by customer_id, account_id
) b on b.customer_id = l.customerId and b.account_id = a.accountId
where l.role = 'OWNER';

-- A profile amount (text, as the profile gave it) as decimal(38, 10), exactly. DuckDB's cast of text to a decimal
-- wider than 18 digits is slow (microseconds a value); a plain whole number of up to 18 digits goes through bigint
-- instead, which gives the same value; any other text takes the exact cast.
create or replace temp macro aml_amount(x) as
    case when regexp_full_match(x, '[0-9]{1,18}') then cast(cast(x as bigint) as decimal(38, 10))
         else cast(x as decimal(38, 10)) end;

-- aml_customer: what PROFILE_MISMATCH compares with, from the profile columns (table profiles, docs/SEGMENTS.md,
-- "Prepared profiles"; no JSON is read here): declared annual income (the sum of the income kinds when the profile
-- has an income group), registered capital, type and birth date.
create or replace temp table aml_customer as
select customer_id, coalesce(type, 'INDIVIDUAL') as customer_type, birth_date,
       case when has_income then coalesce(aml_amount(income_salary), 0)
                                 + coalesce(aml_amount(income_business), 0)
                                 + coalesce(aml_amount(income_investment), 0)
                                 + coalesce(aml_amount(income_other), 0) end as declared_income,
       aml_amount(registered_capital) as registered_capital
from ${profiles};
