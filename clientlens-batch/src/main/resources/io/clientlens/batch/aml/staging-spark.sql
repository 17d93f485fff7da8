-- Transaction monitoring (docs/AML.md) on Spark: the tables every rule reads, from the in_* views of the generic
-- layout, as staging-duckdb.sql builds them for the file batch; the rules (the other .sql files here) are the same
-- text on Spark SQL. Temporary views; aml_owned is cached (memory, then disk) because every rule reads it.
-- Every rule groups and joins by customer, so aml_owned and aml_account are hashed by customer_id here, once: with
-- the session's spark.sql.requireAllClusterKeysForCoPartition off (clientlens-spark sets it while monitoring), the
-- rules' aggregates and joins on (customer_id, …) then read the cached partitions as they are, and the owned
-- transactions are not shuffled again by any rule. aml_owned is cached at once, not lazily: Spark knows how a cached
-- table is partitioned only once it has been built, and plans the rules' exchanges before that otherwise.
-- aml_customer is not built here: it comes from the profile documents, read by the same parser as the
-- classification (clientlens-spark), since Spark has no prepared profiles table.
-- The owned activity transactions (bank postings left out) up to as-of; day_no counts days from 1970-01-01
-- (unix_date: DuckDB's date - DATE '1970-01-01'). ${bankPosting} is "t.category in (…)", or false without
-- posting categories (Spark has no list literal of strings that may be empty).
create or replace temp view aml_owned as
select l.customerId as customer_id, t.accountId as account_id, t.transactionId as transaction_id,
       t.date as txn_date, cast(unix_date(t.date) as bigint) as day_no, t.sequence as seq,
       t.direction, t.amount, coalesce(t.channel = 'CASH', false) as cash,
       case when t.counterpartyAccount is not null
            then coalesce(t.counterpartyBank, '') || '/' || t.counterpartyAccount end as counterparty
from in_transactions t
join in_links l on l.accountId = t.accountId and l.role = 'OWNER'
join in_accounts a on a.accountId = t.accountId and a.opened <= ${asOf}
where t.date <= ${asOf}
  and not coalesce(${bankPosting}, false)
distribute by customer_id;

cache table aml_owned;

-- aml_tx: those dated in the monitoring window ${windowStart} .. ${asOf}.
create or replace temp view aml_tx as
select * from aml_owned where txn_date >= ${windowStart};

-- aml_account: each owned account's opening day and its last activity before the window (DORMANT_REACTIVATION).
create or replace temp view aml_account as
select l.customerId as customer_id, l.accountId as account_id,
       cast(unix_date(l.opened) as bigint) as opened_day, b.last_before_day
from (
    -- hashed by customer like aml_owned, so that joining b does not shuffle the owned transactions' aggregate
    select l.customerId, l.accountId, a.opened
    from in_links l
    join in_accounts a on a.accountId = l.accountId and a.opened <= ${asOf}
    where l.role = 'OWNER'
    distribute by l.customerId
) l
left join (
    select customer_id, account_id, max(day_no) as last_before_day
    from aml_owned
    where txn_date < ${windowStart}
    group by customer_id, account_id
) b on b.customer_id = l.customerId and b.account_id = l.accountId;
