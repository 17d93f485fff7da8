-- LARGE_CASH (docs/AML.md): the cash transactions of the customer-days whose cash, deposits and withdrawals
-- together, reaches the threshold. Shared by PostgreSQL and DuckDB; core's LargeCashRule decides.
select t.customer_id, t.account_id, t.transaction_id, t.txn_date, t.seq, t.direction, t.amount
from aml_tx t
join (
    select customer_id, day_no
    from aml_tx
    where cash
    group by customer_id, day_no
    having sum(amount) >= ${largeCashThreshold}
) d on d.customer_id = t.customer_id and d.day_no = t.day_no
where t.cash
order by t.customer_id
