-- The plain DuckDB SQL a capable analyst would write for the six monitoring rules over the same files
-- (docs/BENCHMARKS.md): one table of the owned activity transactions in the window, the profile fields read from
-- customers.jsonl, then one query per rule, each written to Parquet. No explanations, no episodes, no transaction
-- lists: hits only. Placeholders are filled by AmlBench; aml-baseline-rating.sql is the rating's part.
create table tx as
select l.customerId as customer_id, t.accountId as account_id, t.transactionId as id, t.date, t.direction, t.amount,
       coalesce(t.channel = 'CASH', false) as cash, coalesce(t.crossBorder, false) as cross_border,
       case when t.counterpartyAccount is not null then coalesce(t.counterpartyBank, '') || '/' || t.counterpartyAccount end as cp
from ${transactions} t
join read_csv(${links}) l on l.accountId = t.accountId and l.role = 'OWNER'
where t.date between ${start} and ${asOf} and (t.category is null or t.category not in (${postings}));

create table profile as
select customerId as customer_id, coalesce(type, 'INDIVIDUAL') as type, birthDate as birth_date,
       coalesce(income.salary, 0) + coalesce(income.business, 0) + coalesce(income.investment, 0)
         + coalesce(income.other, 0) as income,
       corporate.registeredCapital as capital, identity.verified as verified, pep, onboarding, nationality, region,
       industry, occupation, corporate.businessScope as scope, len(corporate.beneficialOwners) as owners
from read_json(${customers}, format = 'newline_delimited', columns = {customerId: 'VARCHAR', type: 'VARCHAR',
       birthDate: 'DATE', income: 'STRUCT(salary DECIMAL(38,2), business DECIMAL(38,2), investment DECIMAL(38,2), other DECIMAL(38,2))',
       corporate: 'STRUCT(registeredCapital DECIMAL(38,2), businessScope VARCHAR, beneficialOwners STRUCT(name VARCHAR, verified BOOLEAN)[])',
       identity: 'STRUCT(verified BOOLEAN, method VARCHAR)', pep: 'VARCHAR', onboarding: 'VARCHAR', nationality: 'VARCHAR',
       region: 'VARCHAR', industry: 'VARCHAR', occupation: 'VARCHAR'});

copy (select customer_id, date, sum(amount) as amount from tx where cash group by all having sum(amount) >= 50000)
to '${out}/large_cash.parquet' (format parquet);

copy (select * from (select customer_id, date, id, count(*) over (partition by customer_id order by date
                     range between interval 9 days preceding and current row) as n
                     from tx where cash and amount >= 40000 and amount < 50000) where n >= 3)
to '${out}/structuring.parquet' (format parquet);

copy (select c.customer_id, c.credits
      from (select customer_id, sum(amount) as credits from tx where direction = 'CREDIT' group by all) c
      join profile p using (customer_id)
      where (p.type = 'CORPORATE' and c.credits > 5 * p.capital) or (p.type <> 'CORPORATE' and p.income > 0 and c.credits > 3 * p.income)
         or (c.credits >= 500000 and (p.birth_date > ${asOf} - interval 18 years or p.birth_date <= ${asOf} - interval 75 years)))
to '${out}/profile_mismatch.parquet' (format parquet);

copy (with days as (
          select distinct l.customerId as customer_id, t.accountId as account_id, t.date
          from ${transactions} t join read_csv(${links}) l on l.accountId = t.accountId and l.role = 'OWNER'
          where t.date <= ${asOf} and (t.category is null or t.category not in (${postings}))),
      idle as (select *, date - lag(date) over (partition by customer_id, account_id order by date) as idle_days from days),
      woke as (select * from idle where idle_days >= 180 and date >= ${start})
      select w.customer_id, w.account_id, w.date, sum(t.amount) as credits
      from woke w join tx t on t.account_id = w.account_id and t.customer_id = w.customer_id and t.direction = 'CREDIT'
                           and t.date between w.date and w.date + 29
      group by all having sum(t.amount) >= 100000)
to '${out}/dormant.parquet' (format parquet);

copy (with d as (select customer_id, date, sum(amount) filter (where direction = 'CREDIT') as cr,
                        sum(amount) filter (where direction = 'DEBIT') as db from tx group by all),
      e as (select a.customer_id, a.date from d a left join d b on b.customer_id = a.customer_id and b.date = a.date + 1
            where a.cr >= 50000 and coalesce(a.db, 0) + coalesce(b.db, 0) >= 0.9 * a.cr),
      w as (select customer_id, date, count(*) over (partition by customer_id order by date
                   range between interval 29 days preceding and current row) as n from e)
      select * from w where n >= 3)
to '${out}/rapid_in_out.parquet' (format parquet);

copy (select * from (select customer_id, date, count(distinct cp) over (partition by customer_id order by date
                     range between interval 29 days preceding and current row) as n from tx where cp is not null)
      where n >= 20)
to '${out}/many_counterparties.parquet' (format parquet);
