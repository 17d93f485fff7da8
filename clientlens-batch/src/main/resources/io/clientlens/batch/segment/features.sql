-- Per-customer features at an as-of date in DuckDB: the same definitions as the database path
-- (clientlens-app .../classify/features.sql, docs/POLICY.md), over the table in_customers (ids only)
-- and the views
-- in_accounts, in_links, in_transactions, in_loans, in_cards, in_holdings (generic layout columns).
-- Placeholders: ${asOf} a DATE literal, ${activityWindow} and ${feeWindow} days, ${postings},
-- ${fees}, ${investments} VARCHAR list literals.
-- Transactions are aggregated per account first (one hash aggregate over the big input), so
-- nothing else ever touches them.
create or replace table run_features as
with acct as (
    select accountId as account_id, opened, closed
    from in_accounts
    where opened <= ${asOf}
),
lnk as (
    select l.customerId as customer_id, l.linkId as link_id, l.accountId as account_id, l.role,
           a.opened, a.closed
    from in_links l
    join acct a on a.account_id = l.accountId
),
account_activity as (
    select accountId as account_id,
           count(*) filter (where not posting and date > ${asOf} - ${activityWindow}) as activity_count,
           coalesce(sum(amount) filter (where not posting and date > ${asOf} - ${activityWindow}), 0) as activity_amount,
           max(date) filter (where not posting) as last_activity,
           coalesce(sum(amount) filter (where fee and date > ${asOf} - ${feeWindow}), 0) as fees,
           -- anti-money laundering (docs/AML.md): cash, credits and cross-border transactions among the activity
           coalesce(sum(amount) filter (where not posting and channel = 'CASH'
                                        and date > ${asOf} - ${activityWindow}), 0) as cash_amount,
           coalesce(sum(amount) filter (where not posting and direction = 'CREDIT'
                                        and date > ${asOf} - ${activityWindow}), 0) as credit_amount,
           count(*) filter (where not posting and crossBorder
                            and date > ${asOf} - ${activityWindow}) as cross_border_count,
           -- the balance after the last posting on or before as-of (latest date, then sequence)
           arg_max_null(balance, (date, sequence)) as balance
    from (
        select accountId, date, sequence, amount, balance, direction, channel, crossBorder,
               coalesce(list_contains(${postings}, category), false) as posting,
               coalesce(list_contains(${fees}, category), false) as fee
        from in_transactions
        where date <= ${asOf}
    ) t
    group by accountId
),
owned as (
    select l.customer_id, l.account_id, l.closed,
           coalesce(x.balance, 0) as balance,
           coalesce(x.activity_count, 0) as activity_count,
           coalesce(x.activity_amount, 0) as activity_amount,
           x.last_activity,
           coalesce(x.fees, 0) as fees,
           coalesce(x.cash_amount, 0) as cash_amount,
           coalesce(x.credit_amount, 0) as credit_amount,
           coalesce(x.cross_border_count, 0) as cross_border_count
    from lnk l
    left join account_activity x using (account_id)
    where l.role = 'OWNER'
),
owned_totals as (
    select customer_id,
           sum(greatest(balance, 0)) as deposits,
           sum(greatest(-balance, 0)) as overdrawn,
           sum(activity_count) as activity_count,
           sum(activity_amount) as activity_amount,
           max(last_activity) as last_activity,
           sum(fees) as fees,
           sum(cash_amount) as cash_amount,
           sum(credit_amount) as credit_amount,
           sum(cross_border_count) as cross_border_count,
           count(*) filter (where closed is null or closed > ${asOf}) as open_owned
    from owned
    group by customer_id
),
link_totals as (
    select customer_id,
           count(distinct account_id) as linked,
           count(distinct account_id) filter (where closed is null or closed > ${asOf}) as open_linked,
           min(opened) as first_opened
    from lnk
    group by customer_id
),
loan_totals as (
    -- outstanding = amount × (duration − elapsed) / duration, summed exactly in units of 10^-12
    -- yuan (integer arithmetic: decimal division in DuckDB would go through DOUBLE), then
    -- rounded half up to cents like PostgreSQL's numeric round.
    select customer_id,
           sum(case when elapsed < duration_months
                    then (cast(round(amount * 100) as hugeint) * (duration_months - elapsed) * 10000000000)
                         // duration_months
                    else 0 end) as outstanding_pico
    from (
        select o.customer_id, l.amount, l.durationMonths as duration_months,
               cast((year(${asOf}) - year(l.granted)) * 12 + (month(${asOf}) - month(l.granted))
                    - case when day(${asOf}) < day(l.granted) then 1 else 0 end as integer) as elapsed
        from in_loans l
        join owned o on o.account_id = l.accountId
        where l.granted <= ${asOf}
    ) granted
    group by customer_id
),
card_holders as (
    select distinct l.customer_id
    from in_cards k
    join lnk l on l.link_id = k.linkId
    where k.issued <= ${asOf}
),
holdings_at as (
    select h.customerId as customer_id, h.productType as product_type, h.amount, h.opened,
           least(coalesce(h.closed, ${asOf}), ${asOf}) as ended,
           (h.closed is null or h.closed > ${asOf}) as held,
           coalesce(list_contains(${investments}, h.productType), false) as investment
    from in_holdings h
    where h.opened <= ${asOf}
),
investment_spans as (
    -- Days an investment product was held, as in the database path: in order of opening, each
    -- holding adds only the days beyond the furthest end of those opened before it, so a day on
    -- which several were held counts once.
    select customer_id,
           sum(greatest(ended - greatest(opened, coalesce(reach, opened)), 0)) as investment_days
    from (
        select customer_id, opened, ended,
               max(ended) over (partition by customer_id order by opened, ended
                                rows between unbounded preceding and 1 preceding) as reach
        from holdings_at
        where investment
    ) spans
    group by customer_id
),
holding_totals as (
    select customer_id,
           coalesce(sum(amount) filter (where held), 0) as held_amount,
           list(distinct product_type) filter (where held) as held_types,
           count(*) filter (where investment) as investment_purchases
    from holdings_at
    group by customer_id
)
select c.customer_id,
       c.ordinal,
       cast(coalesce(lt.linked, 0) as integer) as linked_accounts,
       cast(coalesce(lt.open_linked, 0) as integer) as open_linked_accounts,
       cast(${asOf} - lt.first_opened as integer) as tenure_days,
       cast(coalesce(ot.deposits, 0) + coalesce(ht.held_amount, 0) as decimal(18, 2)) as aum,
       cast(coalesce(ot.overdrawn, 0) as decimal(18, 2)) as overdrawn,
       cast(cast((coalesce(nt.outstanding_pico, 0) + 5000000000) // 10000000000 as decimal(18, 0))
            * cast(0.01 as decimal(3, 2)) as decimal(18, 2)) as loan_outstanding,
       cast(coalesce(ot.fees, 0) as decimal(18, 2)) as fees,
       cast(coalesce(ot.activity_count, 0) as integer) as activity_count,
       cast(coalesce(ot.activity_amount, 0) as decimal(18, 2)) as activity_amount,
       cast(${asOf} - ot.last_activity as integer) as days_since_last_activity,
       list_filter([case when coalesce(ot.open_owned, 0) > 0 then 'DEPOSIT' end,
                    case when nt.customer_id is not null then 'LOAN' end,
                    case when ch.customer_id is not null then 'CARD' end], x -> x is not null)
         || coalesce(ht.held_types, []) as product_types,
       cast(coalesce(iv.investment_days, 0) as bigint) as investment_days,
       cast(coalesce(ht.investment_purchases, 0) as integer) as investment_purchases,
       cast(coalesce(ot.cash_amount, 0) as decimal(18, 2)) as cash_amount,
       cast(coalesce(ot.credit_amount, 0) as decimal(18, 2)) as credit_amount,
       cast(coalesce(ot.cross_border_count, 0) as integer) as cross_border_count
from in_customers c
left join link_totals lt using (customer_id)
left join owned_totals ot using (customer_id)
left join loan_totals nt using (customer_id)
left join card_holders ch using (customer_id)
left join holding_totals ht using (customer_id)
left join investment_spans iv using (customer_id)
