-- Transaction monitoring (docs/AML.md), database path: the tables every rule reads, from PostgreSQL. The file batch
-- builds the same three tables from the generic layout (clientlens-batch .../aml/staging-duckdb.sql); the rules are
-- the same text for both. Temporary, dropped when the run's transaction ends.
-- aml_tx: the activity transactions (bank postings left out) of accounts the customer owns, opened on or before
-- as-of, dated in the monitoring window ${windowStart} .. ${asOf}; day_no counts days from 1970-01-01.
create temp table aml_tx on commit drop as
select l.customer_id, t.account_id, t.transaction_id, t.txn_date,
       (t.txn_date - date '1970-01-01') as day_no, t.seq, t.direction, t.amount,
       coalesce(t.channel = 'CASH', false) as cash,
       case when t.counterparty_account is not null
            then coalesce(t.counterparty_bank, '') || '/' || t.counterparty_account end as counterparty
from txn t
join account_link l on l.account_id = t.account_id and l.role = 'OWNER'
join account a on a.account_id = t.account_id and a.opened <= ${asOf}
where t.txn_date >= ${windowStart} and t.txn_date <= ${asOf}
  and not coalesce(t.category = any (${postings}), false);

analyze aml_tx;

-- aml_account: each owned account's opening day and its last activity before the window (DORMANT_REACTIVATION).
create temp table aml_account on commit drop as
select l.customer_id, a.account_id, (a.opened - date '1970-01-01') as opened_day,
       (b.last_before - date '1970-01-01') as last_before_day
from account_link l
join account a on a.account_id = l.account_id and a.opened <= ${asOf}
left join (
    select account_id, max(txn_date) as last_before
    from txn
    where txn_date < ${windowStart} and not coalesce(category = any (${postings}), false)
    group by account_id
) b on b.account_id = a.account_id
where l.role = 'OWNER';

-- aml_customer: what PROFILE_MISMATCH compares with, from the stored profile documents.
create temp table aml_customer on commit drop as
select customer_id, customer_type, birth_date,
       case when jsonb_typeof(profile -> 'income') = 'object'
            then coalesce((profile #>> '{income,salary}')::numeric, 0) + coalesce((profile #>> '{income,business}')::numeric, 0)
                 + coalesce((profile #>> '{income,investment}')::numeric, 0) + coalesce((profile #>> '{income,other}')::numeric, 0)
       end as declared_income,
       (profile #>> '{corporate,registeredCapital}')::numeric as registered_capital
from customer;

analyze aml_customer
