-- STRUCTURING (docs/AML.md): the cash transactions from the structuring share of the threshold to just under it,
-- of customers with at least the rule's count of them in the window. Core's StructuringRule finds the episodes.
select customer_id, account_id, transaction_id, txn_date, seq, direction, amount
from (
    select t.*, count(*) over (partition by customer_id) as near
    from aml_tx t
    where cash and amount >= ${structuringMin} and amount < ${largeCashThreshold}
) q
where near >= ${structuringMinCount}
order by customer_id
