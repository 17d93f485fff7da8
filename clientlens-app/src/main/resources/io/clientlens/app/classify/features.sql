-- Per-customer features at an as-of date (docs/POLICY.md): only records dated on or before
-- :asOf count; a window of N days ending at as-of holds dates d with 0 <= asOf - d < N.
-- Parameters: :asOf date, :activityWindow and :feeWindow days, :postings / :fees / :investments
-- category and product-type lists joined with the unit separator (chr(31)).
create temp table run_features on commit drop as
with acct as (
    select account_id, opened, closed
    from account
    where opened <= cast(:asOf as date)
),
lnk as (
    select l.customer_id, l.link_id, l.account_id, l.role, a.opened, a.closed
    from account_link l
    join acct a using (account_id)
),
tx as (
    select t.account_id, t.txn_date, t.seq, t.amount, t.balance, t.direction, t.channel, t.cross_border,
           coalesce(t.category = any (string_to_array(:postings, chr(31))), false) as posting,
           coalesce(t.category = any (string_to_array(:fees, chr(31))), false) as fee
    from txn t
    join acct a using (account_id)
    where t.txn_date <= cast(:asOf as date)
),
account_activity as (
    select account_id,
           count(*) filter (where not posting and txn_date > cast(:asOf as date) - :activityWindow) as activity_count,
           coalesce(sum(amount) filter (where not posting and txn_date > cast(:asOf as date) - :activityWindow), 0) as activity_amount,
           max(txn_date) filter (where not posting) as last_activity,
           coalesce(sum(amount) filter (where fee and txn_date > cast(:asOf as date) - :feeWindow), 0) as fees,
           -- anti-money laundering (docs/AML.md): cash, credits and cross-border transactions among the activity
           coalesce(sum(amount) filter (where not posting and channel = 'CASH'
                                        and txn_date > cast(:asOf as date) - :activityWindow), 0) as cash_amount,
           coalesce(sum(amount) filter (where not posting and direction = 'CREDIT'
                                        and txn_date > cast(:asOf as date) - :activityWindow), 0) as credit_amount,
           count(*) filter (where not posting and cross_border
                            and txn_date > cast(:asOf as date) - :activityWindow) as cross_border_count
    from tx
    group by account_id
),
last_balance as (
    select distinct on (account_id) account_id, balance
    from tx
    order by account_id, txn_date desc, seq desc
),
owned as (
    select l.customer_id, l.account_id, l.closed,
           coalesce(b.balance, 0) as balance,
           coalesce(x.activity_count, 0) as activity_count,
           coalesce(x.activity_amount, 0) as activity_amount,
           x.last_activity,
           coalesce(x.fees, 0) as fees,
           coalesce(x.cash_amount, 0) as cash_amount,
           coalesce(x.credit_amount, 0) as credit_amount,
           coalesce(x.cross_border_count, 0) as cross_border_count
    from lnk l
    left join last_balance b using (account_id)
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
           count(*) filter (where closed is null or closed > cast(:asOf as date)) as open_owned
    from owned
    group by customer_id
),
link_totals as (
    select customer_id,
           count(distinct account_id) as linked,
           count(distinct account_id) filter (where closed is null or closed > cast(:asOf as date)) as open_linked,
           min(opened) as first_opened
    from lnk
    group by customer_id
),
loan_totals as (
    -- elapsed full months = (y2-y1)*12 + (m2-m1) - (1 if d2 < d1); a loan runs while elapsed < duration
    select customer_id,
           sum(case when elapsed < duration_months
                    then amount * (duration_months - elapsed) / duration_months else 0 end) as outstanding
    from (
        select o.customer_id, l.amount, l.duration_months,
               ((extract(year from cast(:asOf as date)) - extract(year from l.granted)) * 12
                 + (extract(month from cast(:asOf as date)) - extract(month from l.granted))
                 - case when extract(day from cast(:asOf as date)) < extract(day from l.granted) then 1 else 0 end)::int
                   as elapsed
        from loan l
        join owned o using (account_id)
        where l.granted <= cast(:asOf as date)
    ) granted
    group by customer_id
),
card_holders as (
    select distinct l.customer_id
    from card k
    join lnk l using (link_id)
    where k.issued <= cast(:asOf as date)
),
holdings_at as (
    select h.customer_id, h.product_type, h.amount, h.opened,
           least(coalesce(h.closed, cast(:asOf as date)), cast(:asOf as date)) as ended,
           (h.closed is null or h.closed > cast(:asOf as date)) as held,
           coalesce(h.product_type = any (string_to_array(:investments, chr(31))), false) as investment
    from holding h
    where h.opened <= cast(:asOf as date)
),
investment_spans as (
    -- Days an investment product was held (docs/POLICY.md, investment experience): in order of
    -- opening, each holding adds only the days beyond the furthest end of those opened before it,
    -- so a day on which several were held counts once.
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
           array_agg(distinct product_type) filter (where held) as held_types,
           count(*) filter (where investment) as investment_purchases
    from holdings_at
    group by customer_id
)
select c.customer_id,
       c.customer_type,
       c.birth_date,
       c.gender,
       c.region,
       c.imported_contribution,
       coalesce(lt.linked, 0)::int as linked_accounts,
       coalesce(lt.open_linked, 0)::int as open_linked_accounts,
       (cast(:asOf as date) - lt.first_opened) as tenure_days,
       round(coalesce(ot.deposits, 0) + coalesce(ht.held_amount, 0), 2) as aum,
       round(coalesce(ot.overdrawn, 0), 2) as overdrawn,
       round(coalesce(nt.outstanding, 0), 2) as loan_outstanding,
       round(coalesce(ot.fees, 0), 2) as fees,
       coalesce(ot.activity_count, 0)::int as activity_count,
       round(coalesce(ot.activity_amount, 0), 2) as activity_amount,
       (cast(:asOf as date) - ot.last_activity) as days_since_last_activity,
       array_remove(array[
           case when coalesce(ot.open_owned, 0) > 0 then 'DEPOSIT' end,
           case when nt.customer_id is not null then 'LOAN' end,
           case when ch.customer_id is not null then 'CARD' end], null)
         || coalesce(ht.held_types, '{}') as product_types,
       coalesce(iv.investment_days, 0)::bigint as investment_days,
       coalesce(ht.investment_purchases, 0)::int as investment_purchases,
       round(coalesce(ot.cash_amount, 0), 2) as cash_amount,
       round(coalesce(ot.credit_amount, 0), 2) as credit_amount,
       coalesce(ot.cross_border_count, 0)::int as cross_border_count
from customer c
left join link_totals lt using (customer_id)
left join owned_totals ot using (customer_id)
left join loan_totals nt using (customer_id)
left join card_holders ch using (customer_id)
left join holding_totals ht using (customer_id)
left join investment_spans iv using (customer_id)
