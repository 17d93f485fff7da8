-- The plain DuckDB SQL a capable analyst would write for the points of the AML rating over the same files
-- (docs/BENCHMARKS.md): the activity transactions of the window and the profile fields, the balances for private
-- banking, one CASE per factor, written to Parquet. No reasons, no overrides beyond an unverified identity.
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

copy (with a as (select customer_id, sum(amount) filter (where cash) as cash, sum(amount) as total,
                        count(*) filter (where cross_border) as xb,
                        sum(amount) filter (where direction = 'CREDIT') as credits from tx group by all),
      b as (select customer_id, sum(greatest(balance, 0)) as balances from (
                select l.customerId as customer_id, arg_max(t.balance, t.date) as balance
                from ${transactions} t join read_csv(${links}) l on l.accountId = t.accountId and l.role = 'OWNER'
                where t.date <= ${asOf} group by l.customerId, t.accountId) group by all)
      select p.customer_id,
             case when p.verified is null then 15 else 0 end
           + case p.pep when 'FOREIGN' then 40 when 'INTERNATIONAL_ORG' then 30 when 'DOMESTIC' then 25 when 'ASSOCIATE' then 25 else 0 end
           + case when p.type = 'CORPORATE' and coalesce(p.owners, 0) = 0 then 30 else 0 end
           + case when p.type <> 'CORPORATE' and p.income > 0 and a.credits > 3 * p.income then 20 else 0 end
           + case when p.nationality in ('KP', 'IR', 'MM') then 40 else 0 end
           + case when p.onboarding = 'NON_FACE_TO_FACE' then 15 else 0 end
           + case when a.xb >= 1 then 15 else 0 end
           + case when b.balances >= 6000000 then 10 else 0 end
           + case when a.cash >= 50000 and a.cash >= 0.5 * a.total then 20 else 0 end
           + case when regexp_matches(lower(coalesce(p.industry, '') || ' ' || coalesce(p.occupation, '') || ' ' || coalesce(p.scope, '')),
                                      '空壳公司|拍卖|娱乐场所|典当|贵金属|珠宝|博彩|shell_company|auction|pawnshop|precious_metals|casino|gambling')
                  then 25 else 0 end as points,
             case when p.verified = false then 'PROHIBITED' end as prohibited
      from profile p left join a using (customer_id) left join b using (customer_id))
to '${out}/rating.parquet' (format parquet);
