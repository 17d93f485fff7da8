-- RAPID_IN_OUT (docs/AML.md): the days whose credits reach the minimum and whose debits of that day and the next
-- (within days − 1) reach the out share of them, of customers with at least the rule's count of such days in the
-- window; with those credits and debits. Core's RapidInOutRule checks each day again and finds the episodes.
-- Only customers whose positive credits in the window reach the count × the minimum are looked at: fewer cannot
-- make that many days of credits reaching the minimum.
with funded as (
    select customer_id
    from aml_tx
    where direction = 'CREDIT'
    group by customer_id
    having sum(greatest(amount, 0)) >= ${rapidMinCount} * ${rapidMinIn}
),
daily as (
    select t.customer_id, t.day_no, min(t.txn_date) as txn_date,
           coalesce(sum(t.amount) filter (where t.direction = 'CREDIT'), 0) as credits,
           coalesce(sum(t.amount) filter (where t.direction = 'DEBIT'), 0) as debits
    from aml_tx t
    join funded f on f.customer_id = t.customer_id
    group by t.customer_id, t.day_no
),
in_out as (
    select i.customer_id, i.day_no, i.txn_date
    from daily i
    join daily o on o.customer_id = i.customer_id and o.day_no >= i.day_no and o.day_no <= i.day_no + ${rapidWithinLast}
    where i.credits >= ${rapidMinIn}
    group by i.customer_id, i.day_no, i.txn_date, i.credits
    having sum(o.debits) >= ${rapidOutShare} * i.credits
),
candidates as (
    select customer_id
    from in_out
    group by customer_id
    having count(*) >= ${rapidMinCount}
)
select t.customer_id, t.account_id, t.transaction_id, t.txn_date, t.seq, t.direction, t.amount, e.txn_date as in_day
from in_out e
join candidates c on c.customer_id = e.customer_id
join aml_tx t on t.customer_id = e.customer_id
             and ((t.direction = 'CREDIT' and t.day_no = e.day_no)
               or (t.direction = 'DEBIT' and t.day_no >= e.day_no and t.day_no <= e.day_no + ${rapidWithinLast}))
order by t.customer_id
