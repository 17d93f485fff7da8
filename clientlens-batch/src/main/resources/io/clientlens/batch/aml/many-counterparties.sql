-- MANY_COUNTERPARTIES (docs/AML.md): the transactions with a counterparty (in the direction(s) the policy counts) of
-- customers with at least the rule's number of such transactions in some window of the rule's days and of distinct
-- counterparties in the whole window — a customer short of either cannot have that many distinct counterparties
-- within the rule's days. The distinct counterparties are counted only for customers that pass the first test.
-- Core's ManyCounterpartiesRule counts them.
with per_day as (
    select customer_id, day_no, count(*) as n
    from aml_tx
    where counterparty is not null and ${counterpartyDirection}
    group by customer_id, day_no
),
windows as (
    select customer_id,
           sum(n) over (partition by customer_id order by day_no
                        range between ${manyWindowPreceding} preceding and current row) as in_window
    from per_day
),
busy as (
    select distinct customer_id
    from windows
    where in_window >= ${manyMin}
),
candidates as (
    select t.customer_id
    from aml_tx t
    join busy b on b.customer_id = t.customer_id
    where t.counterparty is not null and ${counterpartyDirection}
    group by t.customer_id
    having count(distinct t.counterparty) >= ${manyMin}
)
select t.customer_id, t.account_id, t.transaction_id, t.txn_date, t.seq, t.direction, t.amount, t.counterparty
from aml_tx t
join candidates c on c.customer_id = t.customer_id
where t.counterparty is not null and ${counterpartyDirection}
order by t.customer_id
