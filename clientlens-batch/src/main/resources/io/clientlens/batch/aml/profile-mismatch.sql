-- PROFILE_MISMATCH (docs/AML.md): the credits of the rule's window of customers whose credits exceed the multiple
-- of declared income (individual) or registered capital (company), or reach the age test's amount and whose birth
-- date may make them a minor or old enough (the exact age is computed by core's ProfileMismatchRule, which decides).
with credits as (
    select customer_id, sum(amount) as total
    from aml_tx
    where direction = 'CREDIT' and txn_date > ${asOf} - ${profileWindow}
    group by customer_id
),
flagged as (
    select c.customer_id
    from credits c
    join aml_customer p on p.customer_id = c.customer_id
    where (p.customer_type = 'CORPORATE' and p.registered_capital > 0
           and c.total > ${capitalMultiple} * p.registered_capital)
       or (p.customer_type <> 'CORPORATE' and p.declared_income > 0
           and c.total > ${incomeMultiple} * p.declared_income)
       or (p.birth_date is not null and c.total >= ${ageCredits}
           and (p.birth_date > ${minorBornAfter} or p.birth_date <= ${seniorBornBy}))
)
select t.customer_id, t.account_id, t.transaction_id, t.txn_date, t.seq, t.direction, t.amount,
       p.customer_type, p.birth_date, p.declared_income, p.registered_capital
from flagged f
join aml_customer p on p.customer_id = f.customer_id
join aml_tx t on t.customer_id = f.customer_id
where t.direction = 'CREDIT' and t.txn_date > ${asOf} - ${profileWindow}
order by t.customer_id
