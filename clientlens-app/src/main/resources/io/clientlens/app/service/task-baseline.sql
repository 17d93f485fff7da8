-- The RM's reminders as a capable analyst would compute them in plain SQL (docs/BENCHMARKS.md): the same rules as
-- io.clientlens.service.*Rule, one select per kind, the task keys, customers and due dates into a temporary table.
-- The benchmark times it against the application's computation, and a test holds both to the same rows.
-- Parameters: :run, :asOf, :validity (months), :reminderDays, :faceToFace, :birthdayDays, :lifeDays, :childAges and
-- :customerAges (int arrays), :retM, :retF, :maturityDays, :maturing (text array), :window, :minAmount, :share,
-- :tiers (text array), :highEnd, :postings (text array), :approvalDays, :needsDays, :mA, :mB, :mC.
create temp table baseline_tasks on commit drop as
with k as (
    select customer_id, codes ->> 'serviceClass' as sc, codes ->> 'aumTier' as tier, codes ->> 'highEndTarget' = 'YES' as high_end,
           coalesce(cast(features ->> 'aum' as numeric), 0) as aum, cast(features ->> 'tenureDays' as int) as tenure
    from classification where run_id = :run
),
ra as (
    select distinct on (customer_id) customer_id, assessment_id, assessed_on
    from assessment where kind = 'RISK_TOLERANCE' and (channel = 'BRANCH' or not :faceToFace)
    order by customer_id, assessed_on desc, assessment_id desc
),
expiring as (
    select 'ASSESSMENT_EXPIRY:' || customer_id || ':' || assessment_id as task_key, 'ASSESSMENT_EXPIRY' as kind, customer_id,
           cast(assessed_on + make_interval(months => :validity) as date) - 1 as due_on
    from ra
    where cast(:asOf as date) >= cast(assessed_on + make_interval(months => :validity) as date) - 1 - :reminderDays
),
births as (
    select customer_id, birth_date,
           cast(birth_date + make_interval(years => cast(extract(year from cast(:asOf as date)) - extract(year from birth_date) as int)) as date) as this_year,
           cast(extract(year from cast(:asOf as date)) - extract(year from birth_date) as int) as years
    from customer where birth_date is not null and birth_date <= cast(:asOf as date)
),
birthdays as (
    select 'BIRTHDAY:' || customer_id || ':' || extract(year from next_birthday) as task_key, 'BIRTHDAY' as kind, customer_id, next_birthday as due_on
    from (select customer_id, case when this_year >= cast(:asOf as date) then this_year
                                   else cast(birth_date + make_interval(years => years + 1) as date) end as next_birthday
          from births) b
    where next_birthday <= cast(:asOf as date) + :birthdayDays
),
children as (
    select c.customer_id, cast(f ->> 'birthDate' as date) as born
    from customer c,
         jsonb_array_elements(case when jsonb_typeof(c.profile -> 'family') = 'array' then c.profile -> 'family' else '[]'::jsonb end) f
    where f ->> 'relation' = 'CHILD' and f ->> 'birthDate' ~ '^\d{4}-\d{2}-\d{2}$'
),
child_events as (
    select distinct 'LIFE_EVENT:' || customer_id || ':CHILD-' || born || ':' || age as task_key, 'LIFE_EVENT' as kind, customer_id,
           cast(born + make_interval(years => age) as date) as due_on
    from children, unnest(cast(:childAges as int[])) age
    where cast(born + make_interval(years => age) as date) between cast(:asOf as date) and cast(:asOf as date) + :lifeDays
),
own_events as (
    select distinct 'LIFE_EVENT:' || customer_id || ':SELF:' || day as task_key, 'LIFE_EVENT' as kind, customer_id, day as due_on
    from (select customer_id, cast(birth_date + make_interval(years => age) as date) as day
            from customer, unnest(cast(:customerAges as int[])) age where birth_date is not null
          union all
          select customer_id, cast(birth_date + make_interval(years => case gender when 'M' then :retM else :retF end) as date)
            from customer
           where birth_date is not null and gender in ('M', 'F') and coalesce(profile ->> 'retired', '') <> 'true') e
    where day between cast(:asOf as date) and cast(:asOf as date) + :lifeDays
),
maturities as (
    select 'MATURITY:' || customer_id || ':' || holding_id || ':' || maturity as task_key, 'MATURITY' as kind, customer_id, maturity as due_on
    from holding
    where maturity between cast(:asOf as date) and cast(:asOf as date) + :maturityDays and product_type = any (cast(:maturing as text[]))
      and opened <= cast(:asOf as date) and (closed is null or closed > cast(:asOf as date))
),
flows as (
    select l.customer_id, sum(t.amount) filter (where t.direction = 'CREDIT') as inflow, sum(t.amount) filter (where t.direction = 'DEBIT') as outflow
    from txn t join account_link l on l.account_id = t.account_id and l.role = 'OWNER'
    where t.txn_date > cast(:asOf as date) - :window and t.txn_date <= cast(:asOf as date)
      and not coalesce(t.category = any (cast(:postings as text[])), false)
    group by l.customer_id
),
movements as (
    select 'LARGE_MOVEMENT:' || k.customer_id || ':' || m.direction || ':P' || ((cast(:asOf as date) - date '1970-01-01') / :window) as task_key,
           'LARGE_MOVEMENT' as kind, k.customer_id, cast(:asOf as date) as due_on
    from k join flows f on f.customer_id = k.customer_id,
         lateral (values ('IN', f.inflow), ('OUT', f.outflow)) m(direction, amount)
    where (k.tier = any (cast(:tiers as text[])) or (:highEnd and k.high_end)) and m.amount > 0
      and (m.amount >= :minAmount or (k.aum > 0 and m.amount >= k.aum * :share))
),
approvals as (
    select 'APPROVAL_OUTCOME:' || x.customer_id || ':' || s.check_id || ':' || s.step as task_key, 'APPROVAL_OUTCOME' as kind, x.customer_id,
           cast(s.done_at as date) as due_on
    from suitability_step s join suitability_check x on x.check_id = s.check_id
    where s.step in ('SUPERVISOR_REVIEW', 'SECOND_APPROVAL') and cast(s.done_at as date) >= cast(:asOf as date) - :approvalDays
),
reviews as (
    select 'NEEDS_REVIEW:' || n.customer_id || ':' || n.need_id as task_key, 'NEEDS_REVIEW' as kind, n.customer_id, e.accepted_on + :needsDays as due_on
    from need n join (select need_id, cast(max(at) as date) as accepted_on from need_event where to_status = 'ACCEPTED' group by need_id) e
      on e.need_id = n.need_id
    where n.status = 'ACCEPTED' and e.accepted_on + :needsDays <= cast(:asOf as date)
),
contacts as (
    select 'CONTACT_PLAN:' || customer_id || ':' || due as task_key, 'CONTACT_PLAN' as kind, customer_id, due as due_on
    from (select k.customer_id,
                 cast(coalesce(n.last_contact, case when k.tenure is not null then cast(:asOf as date) - k.tenure else cast(c.created_at as date) end)
                      + make_interval(months => m.months) as date) as due
          from k join customer c on c.customer_id = k.customer_id
          join (values ('A', :mA), ('B', :mB), ('C', :mC)) m(cls, months) on m.cls = k.sc
          left join (select customer_id, max(occurred_on) as last_contact from interaction_note group by customer_id) n
            on n.customer_id = k.customer_id) x
    where due <= cast(:asOf as date)
),
-- AML reviews (docs/AML.md, "Due diligence"): by the run's amlRisk, from the last review or the first account's opening
aml_reviews as (
    select 'AML_REVIEW:' || x.customer_id || ':' || x.due as task_key, 'AML_REVIEW' as kind, x.customer_id, x.due as due_on
    from (select cl.customer_id,
                 cast(coalesce((select max(r.reviewed_on) from aml_review r where r.customer_id = cl.customer_id),
                               (select min(a.opened) from account_link l join account a using (account_id)
                                 where l.customer_id = cl.customer_id and l.role = 'OWNER'))
                      + make_interval(months => m.months) as date) as due
          from classification cl
          join (values ('LOW', :amlLow), ('MEDIUM', :amlMedium), ('HIGH', :amlHigh)) m(level, months)
            on m.level = cl.codes->>'amlRisk'
          where cl.run_id = :run) x
    where x.due <= cast(:asOf as date) + :amlAhead
)
select * from expiring union all select * from birthdays union all select * from child_events union all select * from own_events
union all select * from maturities union all select * from movements union all select * from approvals union all select * from reviews
union all select * from contacts union all select * from aml_reviews
