-- DORMANT_REACTIVATION (docs/AML.md): days an owned account became active again after at least the dormant days
-- without activity (since its last activity, before the window or in it, or else its opening), when the credits
-- of the following days reach the minimum; with those credits. Core's DormantReactivationRule decides and merges.
-- Only accounts whose positive credits in the whole window reach the minimum are looked at: the credits of some days
-- of the window cannot reach it when those of the whole window do not.
with funded as (
    select customer_id, account_id
    from aml_tx
    where direction = 'CREDIT'
    group by customer_id, account_id
    having sum(greatest(amount, 0)) >= ${dormantMinCredits}
),
active_days as (
    select t.customer_id, t.account_id, t.day_no, min(t.txn_date) as txn_date
    from aml_tx t
    join funded f on f.customer_id = t.customer_id and f.account_id = t.account_id
    group by t.customer_id, t.account_id, t.day_no
),
gaps as (
    select d.customer_id, d.account_id, d.day_no, d.txn_date,
           d.day_no - coalesce(lag(d.day_no) over (partition by d.customer_id, d.account_id order by d.day_no),
                               a.last_before_day, a.opened_day) as idle_days
    from active_days d
    join aml_account a on a.customer_id = d.customer_id and a.account_id = d.account_id
),
reactivated as (
    select g.customer_id, g.account_id, g.day_no, g.txn_date, g.idle_days
    from gaps g
    join aml_tx t on t.customer_id = g.customer_id and t.account_id = g.account_id and t.direction = 'CREDIT'
                 and t.day_no >= g.day_no and t.day_no < g.day_no + ${dormantWithinDays}
    where g.idle_days >= ${dormantDays}
    group by g.customer_id, g.account_id, g.day_no, g.txn_date, g.idle_days
    having sum(t.amount) >= ${dormantMinCredits}
)
select r.customer_id, t.account_id, t.transaction_id, t.txn_date, t.seq, t.direction, t.amount,
       r.txn_date as reactivated_on, r.idle_days
from reactivated r
join aml_tx t on t.customer_id = r.customer_id and t.account_id = r.account_id and t.direction = 'CREDIT'
             and t.day_no >= r.day_no and t.day_no < r.day_no + ${dormantWithinDays}
order by r.customer_id
